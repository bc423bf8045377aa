import { defineTests, rng } from '../../grader/kit.ts';

/** Q = M·Mᵀ + shift·I (exactly symmetric), A with independent rows (k ≤ n random rows are independent almost surely). */
function randomCase(seed: number, n: number, k: number) {
  const r = rng(seed);
  const M = r.matrix(n, n, -1, 1);
  const Q = M.map((mi, i) => M.map((mj, j) => mi.reduce((s, v, t) => s + v * mj[t]!, 0) + (i === j ? 0.5 : 0)));
  return [Q, r.vector(n, -3, 3), r.matrix(k, n, -2, 2), r.vector(k, -2, 2)];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[2, 0], [0, 2]], [-2, -5], [[1, 1]], [1]] },
    { name: 'no constraints', sample: true, args: [[[2, 0], [0, 2]], [-2, -5], [], []] },
    { name: 'two constraints in three dimensions', args: [[[4, 1, 0], [1, 3, 1], [0, 1, 2]], [1, -2, 0.5], [[1, 1, 1], [1, -1, 0]], [2, 0.5]] },
    { name: 'as many constraints as variables', args: [[[1, 0], [0, 3]], [0.5, -1], [[1, 2], [3, -1]], [4, 1]] },
    { name: 'constraint already satisfied by the unconstrained optimum', args: [[[2, 0], [0, 2]], [-2, -4], [[1, -1]], [-1]] },
    { name: 'a flat direction fixed by the constraint', args: [[[1, 0], [0, 0]], [1, 1], [[0, 1]], [3]] },
    { name: 'one variable', args: [[[5]], [2], [[2]], [3]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(11100 + i);
      const n = r.int(2, 8);
      return { name: `random ${i + 1}`, args: randomCase(11200 + i, n, r.int(1, n)) };
    }),
    { name: 'large: 60 variables, 20 constraints', args: randomCase(11300, 60, 20), weight: 2 },
    { name: 'redundant constraints throw', expectError: true, args: [[[2, 0], [0, 2]], [1, 1], [[1, 1], [2, 2]], [1, 2]] },
    { name: 'a flat direction the constraints miss throws', expectError: true, args: [[[1, 0], [0, 0]], [1, 1], [[1, 0]], [3]] },
    { name: 'a non-symmetric Q throws', expectError: true, args: [[[2, 1], [0, 2]], [1, 1], [[1, 1]], [1]] },
    { name: 'mismatched A throws', expectError: true, args: [[[2, 0], [0, 2]], [1, 1], [[1, 1, 1]], [1]] },
    { name: 'mismatched b throws', expectError: true, args: [[[2, 0], [0, 2]], [1, 1], [[1, 1]], [1, 2]] },
    { name: 'empty c throws', expectError: true, args: [[], [], [], []] },
  ],
});
