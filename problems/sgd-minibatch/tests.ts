import { defineTests, rng, type Rng } from '../../grader/kit.ts';

function shuffle(r: Rng, n: number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = r.int(0, i);
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}

/** y = X·wTrue + bTrue + noise; lr scaled by the data so runs stay stable. */
function randomCase(seed: number, n: number, d: number, batchSize: number, epochs: number) {
  const r = rng(seed);
  const X = r.matrix(n, d, -2, 2);
  const wTrue = r.vector(d, -3, 3);
  const bTrue = r.uniform(-1, 1);
  const y = X.map((row) => row.reduce((s, x, j) => s + x * wTrue[j]!, bTrue) + r.normal(0, 0.1));
  const perms = Array.from({ length: epochs }, () => shuffle(r, n));
  return [X, y, r.vector(d, -0.5, 0.5), 0, r.uniform(0.01, 0.2) / d, batchSize, perms];
}

const X6 = [[1, 0], [0, 1], [1, 1], [2, -1], [-1, 2], [0.5, 0.5]];
const y6 = [1, 2, 3, 0, 3, 1.5];
const identityPerms = (n: number, e: number) => Array.from({ length: e }, () => Array.from({ length: n }, (_, i) => i));

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[1], [2], [3]], [2, 4, 7], [0], 0, 0.1, 2, [[2, 0, 1]]] },
    { name: 'two epochs, two features', sample: true, args: [X6, y6, [0, 0], 0, 0.1, 4, [[5, 1, 3, 0, 2, 4], [0, 2, 4, 1, 3, 5]]] },
    { name: 'uneven last batch', args: [X6, y6, [0.5, -0.5], 0.2, 0.2, 4, [[3, 1, 4, 0, 5, 2]]] },
    { name: 'SGD, batch size 1', args: [X6, y6, [0, 0], 0, 0.05, 1, [[4, 2, 0, 5, 1, 3], [1, 0, 3, 2, 5, 4]]] },
    { name: 'full batch is gradient descent', args: [X6, y6, [0, 0], 0, 0.1, 6, identityPerms(6, 5)] },
    { name: 'batch size larger than n', args: [X6, y6, [1, 1], 1, 0.1, 50, identityPerms(6, 3)] },
    { name: 'no epochs', args: [X6, y6, [0.3, 0.7], -1, 0.1, 2, []] },
    { name: 'lr = 0 leaves the parameters', args: [X6, y6, [0.3, 0.7], -1, 0, 2, [[0, 1, 2, 3, 4, 5]]] },
    { name: 'one row', args: [[[2, -1, 0.5]], [3], [0, 0, 0], 0, 0.1, 3, [[0], [0], [0]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1500 + i);
      const n = r.int(5, 40);
      return { name: `random ${i + 1}`, args: randomCase(1600 + i, n, r.int(1, 5), r.int(1, n), r.int(1, 6)) };
    }),
    { name: 'large: 2000 rows, 20 epochs', args: randomCase(1700, 2000, 8, 32, 20), weight: 2 },
    { name: 'mismatched y throws', expectError: true, args: [[[1], [2]], [1], [0], 0, 0.1, 1, [[0, 1]]] },
    { name: 'a permutation with a repeat throws', expectError: true, args: [[[1], [2]], [1, 2], [0], 0, 0.1, 1, [[0, 0]]] },
    { name: 'a short permutation throws', expectError: true, args: [[[1], [2]], [1, 2], [0], 0, 0.1, 1, [[1]]] },
    { name: 'batch size 0 throws', expectError: true, args: [[[1], [2]], [1, 2], [0], 0, 0.1, 0, [[0, 1]]] },
    { name: 'negative lr throws', expectError: true, args: [[[1], [2]], [1, 2], [0], 0, -0.1, 1, [[0, 1]]] },
    { name: 'empty X throws', expectError: true, args: [[], [], [0], 0, 0.1, 1, []] },
  ],
});
