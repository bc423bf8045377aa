import { defineTests, rng } from '../../grader/kit.ts';

const relErrorTol = { fields: { relError: { rtol: 1e-4, atol: 1e-8 } } };

function randomCase(seed: number, m: number, d: number, thetaScale: number, h: number) {
  const r = rng(seed);
  const X = r.matrix(m, d, -2, 2).map((row) => [1, ...row.slice(1)]);
  const y = Array.from({ length: m }, () => (r.uniform() < 0.5 ? 0 : 1));
  return [X, y, r.vector(d, -thetaScale, thetaScale), h];
}

const X3 = [[1, 2], [1, -1], [1, 0.5]];

export default defineTests({
  cases: [
    { name: 'worked example, h = 1e-4', sample: true, tolerance: relErrorTol, args: [X3, [1, 0, 1], [0.5, -0.25], 1e-4] },
    { name: 'worked example, h = 1e-2', sample: true, tolerance: relErrorTol, args: [X3, [1, 0, 1], [0.5, -0.25], 1e-2] },
    { name: 'coarse step h = 0.01', tolerance: relErrorTol, args: randomCase(3100, 12, 4, 2, 1e-2) },
    { name: 'step h = 1e-3', tolerance: relErrorTol, args: randomCase(3101, 8, 3, 1, 1e-3) },
    { name: 'theta = 0', tolerance: relErrorTol, args: [X3, [1, 0, 1], [0, 0], 1e-5] },
    { name: 'large logits stay finite', tolerance: relErrorTol, args: [[[1, 40], [1, -45], [1, 60]], [0, 1, 1], [0.5, 2], 1e-4] },
    { name: 'all-zero features', tolerance: relErrorTol, args: [[[0, 0], [0, 0]], [1, 0], [3, -2], 1e-5] },
    { name: 'one row, one feature', tolerance: relErrorTol, args: [[[2]], [1], [0.3], 1e-5] },
    { name: 'all labels one', tolerance: relErrorTol, args: [X3, [1, 1, 1], [-1, 0.5], 1e-3] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3200 + i);
      return { name: `random ${i + 1}`, tolerance: relErrorTol, args: randomCase(3300 + i, r.int(2, 30), r.int(1, 6), r.uniform(0.1, 3), [1e-5, 1e-4, 1e-3, 1e-2, 3e-3][i]!) };
    }),
    { name: 'large: 3000 rows, 20 features', tolerance: relErrorTol, args: randomCase(3400, 3000, 20, 0.5, 1e-5), weight: 2 },
    { name: 'h = 0 throws', expectError: true, args: [X3, [1, 0, 1], [0, 0], 0] },
    { name: 'negative h throws', expectError: true, args: [X3, [1, 0, 1], [0, 0], -1e-5] },
    { name: 'a label of 2 throws', expectError: true, args: [X3, [1, 2, 0], [0, 0], 1e-5] },
    { name: 'mismatched theta throws', expectError: true, args: [X3, [1, 0, 1], [0, 0, 0], 1e-5] },
    { name: 'empty X throws', expectError: true, args: [[], [], [0], 1e-5] },
  ],
});
