import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, m: number, n: number, iters: number) {
  const r = rng(seed);
  return [r.matrix(m, n, -2, 2), r.vector(n, -1, 1), iters];
}

const W32 = [[3, 0], [0, 1], [0, 0]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [W32, [1, 1], 1] },
    { name: 'converged', sample: true, args: [W32, [1, 1], 50] },
    { name: 'a single iteration', args: randomCase(12101, 4, 3, 1) },
    { name: 'zero iterations', args: randomCase(12102, 3, 5, 0) },
    { name: 'a shear: eigenvalues 1, norm 1 + √2', args: [[[1, 2], [0, 1]], [1, 0], 100] },
    { name: 'rank one', args: [[[1, 2, 3], [2, 4, 6]], [1, -1, 0.5], 5] },
    { name: 'the zero matrix has norm 0', args: [[[0, 0], [0, 0], [0, 0]], [1, 2], 10] },
    { name: 'an orthogonal matrix has norm 1', args: [[[0.6, -0.8], [0.8, 0.6]], [0.3, 0.7], 20] },
    { name: 'a start orthogonal to the top singular vector', args: [[[3, 0], [0, 1]], [0, 1], 100] },
    { name: 'a start in the null space', args: [[[1, 1], [2, 2]], [1, -1], 3] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(12200 + i);
      return { name: `random ${i + 1}`, args: randomCase(12210 + i, r.int(1, 8), r.int(1, 8), r.int(2, 150)) };
    }),
    { name: 'large: 200×150, 200 iterations', args: randomCase(12300, 200, 150, 200), weight: 2 },
    { name: 'a zero start throws', args: [W32, [0, 0], 5], expectError: true },
    { name: 'a start of the wrong length throws', args: [W32, [1, 1, 1], 5], expectError: true },
    { name: 'negative iterations throw', args: [W32, [1, 1], -1], expectError: true },
    { name: 'ragged rows throw', args: [[[1, 2], [3]], [1, 1], 5], expectError: true },
  ],
});
