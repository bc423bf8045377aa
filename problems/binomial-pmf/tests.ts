import { defineTests, rng } from '../../grader/kit.ts';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

// log-probabilities to 1e-9 relative (and 1e-7 absolute: summing log i up to 1e5 may drift that much);
// probabilities relative, so tiny tail probabilities count
const tolerance = { rtol: 1e-9, atol: 1e-7, fields: { pmf: { rtol: 1e-6, atol: 1e-300 } } };

export default defineTests({
  cases: [
    { name: 'ten trials', sample: true, args: [[0, 3, 5, 10], 10, 0.3] },
    { name: 'a Bernoulli trial', sample: true, args: [[0, 1], 1, 0.25] },
    { name: 'p equal to 0', args: [[0, 1, 5], 5, 0] },
    { name: 'p equal to 1', args: [[5, 4, 0], 5, 1] },
    { name: 'impossible values of k', args: [[-1, 2.5, 11, 3], 10, 0.5] },
    { name: 'a hundred thousand trials', args: [[50_000, 49_000, 51_500, 0], 100_000, 0.5] },
    { name: 'far tail', args: [[200, 0], 200, 0.01] },
    { name: 'no trials', args: [[0, 1], 0, 0.7] },
    { name: 'whole support', args: [range(0, 30), 30, 0.42] },
    { name: 'p above 1 throws', args: [[1], 5, 1.5], expectError: true },
    { name: 'negative n throws', args: [[0], -3, 0.5], expectError: true },
    { name: 'fractional n throws', args: [[0], 2.5, 0.5], expectError: true },
    { name: 'NaN k throws', args: [[NaN], 5, 0.5], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4100 + i);
      const n = r.int(1, 10 ** (i + 1));
      return { name: `random ${i + 1}`, args: [Array.from({ length: 6 }, () => r.int(0, n)), n, Math.round(r.uniform(0.01, 0.99) * 1000) / 1000] };
    }),
    { name: 'large: the whole support of n = 100000', args: [range(0, 100_000), 100_000, 0.37], weight: 2 },
  ].map((c) => ({ ...c, tolerance })),
});
