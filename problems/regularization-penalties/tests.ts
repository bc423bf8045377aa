import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, d: number, lambda: number, alpha: number, zeroFrac: number) {
  const r = rng(seed);
  const w = Array.from({ length: d }, () => (r.uniform(0, 1) < zeroFrac ? 0 : r.uniform(-3, 3)));
  return [w, lambda, alpha];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1, -2, 0], 0.5, 0.25] },
    { name: 'five weights', sample: true, args: [[0.5, -1.5, 2, 0, -0.25], 0.1, 0.7] },
    { name: 'all weights zero', args: [[0, 0, 0, 0], 1, 0.5] },
    { name: 'alpha = 1 is the L1 penalty', args: [[3, 0, -1, 0.5], 0.2, 1] },
    { name: 'alpha = 0 is half the L2 penalty', args: [[3, 0, -1, 0.5], 0.2, 0] },
    { name: 'lambda = 0', args: [[1, -1, 2], 0, 0.3] },
    { name: 'empty weight vector', args: [[], 0.5, 0.5] },
    { name: 'negative lambda throws', args: [[1, 2], -0.1, 0.5], expectError: true },
    { name: 'negative alpha throws', args: [[1, 2], 0.1, -0.5], expectError: true },
    { name: 'alpha above 1 throws', args: [[1, 2], 0.1, 1.5], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(10 + i);
      return { name: `random ${i + 1}`, args: randomCase(20 + i, r.int(1, 12), r.uniform(0.001, 2), r.uniform(0, 1), 0.25) };
    }),
    { name: 'large: 2000 weights', args: randomCase(2000, 2000, 0.01, 0.5, 0.1), weight: 2, tolerance: { rtol: 1e-4, atol: 1e-7 } },
  ],
});
