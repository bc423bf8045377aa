import { defineTests, rng } from '../../grader/kit.ts';

const NAMES = ['n_estimators', 'max_depth', 'min_samples_split', 'learning_rate', 'subsample', 'gamma', 'alpha', 'l1_ratio'];

function randomGrid(seed: number) {
  const r = rng(seed);
  const k = r.int(2, 5);
  const pool = [...NAMES];
  const names: string[] = [];
  for (let i = 0; i < k; i++) names.push(pool.splice(r.int(0, pool.length - 1), 1)[0]!);
  return [names, names.map(() => Array.from({ length: r.int(1, 4) }, () => Math.round(r.uniform(0, 100) * 100) / 100))];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [['b', 'a'], [[1, 2], [10, 20]]] },
    { name: 'three keys', sample: true, args: [['max_depth', 'n_estimators', 'criterion'], [[3, 5], [100, 200], [0, 1]]] },
    { name: 'names out of alphabetical order', args: [['n_estimators', 'max_depth', 'bootstrap'], [[50, 100, 200], [5, 10], [1]]] },
    { name: 'a key with no values', args: [['alpha', 'l1_ratio'], [[0.1, 1], []]] },
    { name: 'a single key', args: [['C'], [[0.01, 0.1, 1, 10]]] },
    { name: 'no keys at all', args: [[], []] },
    { name: 'upper-case names sort first', args: [['gamma', 'C', 'alpha'], [[0.1, 1], [1, 10], [2, 3]]] },
    { name: 'the 243-combination forest grid', args: [['n_estimators', 'max_depth', 'min_samples_split', 'min_samples_leaf', 'max_features'], [[100, 200, 300], [10, 20, 0], [2, 5, 10], [1, 2, 4], [0, 1, 2]]] },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomGrid(4500 + i) })),
    { name: 'large: 5 keys of 8 values', args: [['e', 'd', 'c', 'b', 'a'], Array.from({ length: 5 }, (_, i) => Array.from({ length: 8 }, (_, j) => 10 * i + j))], weight: 2 },
    { name: 'duplicate names throw', args: [['alpha', 'alpha'], [[1], [2]]], expectError: true },
    { name: 'mismatched lengths throw', args: [['alpha', 'beta'], [[1]]], expectError: true },
  ],
});
