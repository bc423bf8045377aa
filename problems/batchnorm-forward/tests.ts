import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, m: number, d: number, training: boolean, offset = 0) {
  const r = rng(seed);
  const scales = r.vector(d, 0.1, 5);
  const x = Array.from({ length: m }, () => scales.map((s) => offset + s * r.normal()));
  return [x, r.vector(d, 0.5, 2), r.vector(d, -1, 1), r.vector(d, -1, 1), r.vector(d, 0.2, 3), training, r.uniform(0.01, 0.5), 1e-5];
}

const x4 = [[1, 10], [2, 10], [3, 10], [6, 10]];

export default defineTests({
  cases: [
    { name: 'worked example, training', sample: true, args: [x4, [1, 2], [0, 0.5], [0, 1], [1, 1], true, 0.1, 1e-5] },
    { name: 'worked example, eval', sample: true, args: [[[2, 9]], [1, 2], [0, 0.5], [0.3, 1.9], [1.3666666666666667, 0.9], false, 0.1, 1e-5] },
    { name: 'eval mode uses the running statistics', args: randomCase(9100, 8, 3, false) },
    { name: 'two rows', args: [[[1, -1, 0.5], [3, 2, 0.25]], [1, 1, 1], [0, 0, 0], [0, 0, 0], [1, 1, 1], true, 0.1, 1e-5] },
    { name: 'a constant feature outputs beta', args: [[[4, 1], [4, 2], [4, 5]], [3, 1], [0.25, -0.5], [0, 0], [1, 1], true, 0.2, 1e-5] },
    { name: 'eps dominates a tiny variance', args: [[[1, 0], [1 + 1e-4, 1], [1 - 1e-4, 2]], [1, 1], [0, 0], [0, 0], [1, 1], true, 0.1, 1e-3] },
    { name: 'momentum 1 replaces the running statistics', args: randomCase(9101, 6, 2, true).map((v, i) => (i === 6 ? 1 : v)) },
    { name: 'momentum 0 keeps the running statistics', args: randomCase(9102, 6, 2, true).map((v, i) => (i === 6 ? 0 : v)) },
    { name: 'features near 1000', args: randomCase(9103, 16, 4, true, 1000) },
    { name: 'eval mode with a single row', args: [[[0.5, -2, 7]], [1, 0.5, 2], [0, 1, -1], [0.1, -0.3, 6], [0.8, 2.5, 0.01], false, 0.1, 1e-5] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(9200 + i);
      return { name: `random ${i + 1}`, args: randomCase(9300 + i, r.int(2, 40), r.int(1, 8), i !== 4) };
    }),
    { name: 'large: 1024 rows, 128 features', args: randomCase(9400, 1024, 128, true), weight: 2 },
    { name: 'one row in training mode throws', expectError: true, args: [[[1, 2]], [1, 1], [0, 0], [0, 0], [1, 1], true, 0.1, 1e-5] },
    { name: 'mismatched gamma throws', expectError: true, args: [x4, [1], [0, 0.5], [0, 1], [1, 1], true, 0.1, 1e-5] },
    { name: 'momentum above 1 throws', expectError: true, args: [x4, [1, 2], [0, 0.5], [0, 1], [1, 1], true, 1.5, 1e-5] },
    { name: 'zero eps throws', expectError: true, args: [x4, [1, 2], [0, 0.5], [0, 1], [1, 1], true, 0.1, 0] },
    { name: 'negative running variance throws', expectError: true, args: [x4, [1, 2], [0, 0.5], [0, 1], [1, -1], false, 0.1, 1e-5] },
    { name: 'empty batch throws', expectError: true, args: [[], [1], [0], [0], [1], false, 0.1, 1e-5] },
  ],
});
