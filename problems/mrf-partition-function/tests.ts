import { defineTests, rng } from '../../grader/kit.ts';

/** A random pairwise MRF on n variables with a ring plus chords, potentials in (0.1, 3). */
function randomCase(seed: number, n: number, extraEdges: number): [number[][], number[][], number[][][]] {
  const r = rng(seed);
  const unary = Array.from({ length: n }, () => [r.uniform(0.1, 3), r.uniform(0.1, 3)]);
  const edges: number[][] = Array.from({ length: n > 1 ? n : 0 }, (_, i) => [i, (i + 1) % n]).filter(([a, b]) => a !== b);
  for (let k = 0; k < extraEdges; k++) {
    const a = r.int(0, n - 1), b = r.int(0, n - 1);
    if (a !== b) edges.push([a, b]);
  }
  return [unary, edges, edges.map(() => [[r.uniform(0.1, 3), r.uniform(0.1, 3)], [r.uniform(0.1, 3), r.uniform(0.1, 3)]])];
}

const agree = [[2, 1], [1, 2]];

export default defineTests({
  cases: [
    { name: 'two coupled variables', sample: true, args: [[[1, 2], [1, 1]], [[0, 1]], [[[3, 1], [1, 3]]]] },
    { name: 'no edges', sample: true, args: [[[1, 3], [2, 2], [0.5, 1.5]], [], []] },
    { name: 'a coupled chain', args: [[[1, 4], [1, 1], [1, 1], [1, 1]], [[0, 1], [1, 2], [2, 3]], [agree, agree, agree]] },
    { name: 'an asymmetric pairwise table', args: [[[1, 1], [1, 1]], [[0, 1]], [[[1, 5], [2, 3]]]] },
    { name: 'huge potentials', args: [[[1e200, 1e199], [1e200, 1e201], [1, 1]], [[0, 1], [1, 2]], [[[1e150, 1], [1, 1e150]], [[1, 2], [3, 4]]]] },
    { name: 'zero potentials exclude assignments', args: [[[1, 1], [1, 1], [2, 1]], [[0, 1], [1, 2]], [[[1, 0], [0, 1]], [[0, 1], [1, 0]]]] },
    { name: 'everything excluded', args: [[[0, 0]], [], []], nanEqual: true },
    { name: 'one variable', args: [[[0.25, 0.75]], [], []] },
    { name: 'repeated edge', args: [[[1, 2], [2, 1]], [[0, 1], [1, 0]], [agree, [[1, 3], [2, 1]]]] },
    { name: 'edge to itself throws', args: [[[1, 1], [1, 1]], [[1, 1]], [agree]], expectError: true },
    { name: 'negative potential throws', args: [[[1, -1]], [], []], expectError: true },
    { name: 'edge out of range throws', args: [[[1, 1]], [[0, 1]], [agree]], expectError: true },
    { name: 'missing pairwise table throws', args: [[[1, 1], [1, 1]], [[0, 1]], []], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(5300 + i, 3 + 2 * i, i) })),
    { name: 'large: 16 variables, 30 edges', args: randomCase(5399, 16, 14), weight: 2 },
  ],
});
