import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[][], number[][]];

function randomGraph(seed: number, n: number, p: number, f: number, out: number, weighted: boolean): Args {
  const r = rng(seed);
  const A = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    if (r.uniform() < p) A[i]![j] = A[j]![i] = weighted ? r.uniform(0.2, 3) : 1;
  }
  return [A, r.normalMatrix(n, f), r.matrix(f, out, -1, 1)];
}

const PATH = [[0, 1, 0], [1, 0, 1], [0, 1, 0]];
const H3 = [[1, 0], [0, 1], [2, 2]];
const W2 = [[1, -1], [1, 1]];

export default defineTests({
  cases: [
    { name: 'worked example: a path of three nodes', sample: true, args: [PATH, H3, W2] },
    { name: 'an isolated node keeps only its self-loop', sample: true, args: [[[0, 1, 0], [1, 0, 0], [0, 0, 0]], H3, W2] },
    { name: 'single node', args: [[[0]], [[0.5, -2, 1]], [[1], [0.5], [-1]]] },
    { name: 'graph without edges', args: randomGraph(2701, 4, 0, 3, 2, false) },
    { name: 'complete graph', args: randomGraph(2702, 5, 1, 3, 3, false) },
    { name: 'star graph (unequal degrees)', args: [[[0, 1, 1, 1, 1], [1, 0, 0, 0, 0], [1, 0, 0, 0, 0], [1, 0, 0, 0, 0], [1, 0, 0, 0, 0]], rng(2703).normalMatrix(5, 2), [[1, 0.5, -1], [0.25, -1, 2]]] },
    { name: 'weighted edges', args: randomGraph(2704, 6, 0.5, 3, 2, true) },
    { name: 'existing self-loop weights add to the identity', args: [[[2, 1], [1, 0]], [[1, 2], [3, -1]], [[1, 0], [0, 1]]] },
    { name: 'non-symmetric adjacency throws', args: [[[0, 1], [0, 0]], [[1], [2]], [[1]]], expectError: true },
    { name: 'negative edge weight throws', args: [[[0, -1], [-1, 0]], [[1], [2]], [[1]]], expectError: true },
    { name: 'H with the wrong number of rows throws', args: [PATH, [[1, 0], [0, 1]], W2], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2720 + i);
      return { name: `random ${i + 1}`, args: randomGraph(2740 + i, r.int(2, 12), r.uniform(0.1, 0.7), r.int(1, 6), r.int(1, 5), i % 2 === 1) };
    }),
    { name: 'large: 200 nodes, 16 features', args: randomGraph(2799, 200, 0.05, 16, 16, true), weight: 2 },
  ],
});
