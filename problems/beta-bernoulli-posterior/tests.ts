import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'seven flips, Beta(2, 2) prior', sample: true, args: [[1, 0, 1, 1, 0, 1, 1], 2, 2] },
    { name: 'no data', sample: true, args: [[], 3, 5], nanEqual: true },
    { name: 'ten flips, uniform prior', args: [[1, 1, 0, 1, 1, 1, 0, 1, 1, 1], 1, 1] },
    { name: 'all successes', args: [[1, 1, 1, 1], 2, 3] },
    { name: 'small prior, no successes', args: [[0, 0, 0], 0.5, 0.5] },
    { name: 'small prior, all successes', args: [[1, 1], 0.5, 0.5] },
    { name: 'mode undefined', args: [[], 0.5, 0.8], nanEqual: true },
    { name: 'uniform prior, no data', args: [[], 1, 1], nanEqual: true },
    { name: 'strong prior', args: [[1, 1, 1, 0, 1], 50, 50] },
    { name: 'outcome 2 throws', args: [[1, 2], 1, 1], expectError: true },
    { name: 'zero prior parameter throws', args: [[1, 0], 0, 1], expectError: true },
    { name: 'negative prior parameter throws', args: [[1, 0], 1, -2], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3700 + i);
      const p = r.uniform(0.05, 0.95);
      return { name: `random ${i + 1}`, args: [Array.from({ length: 5 * i + 2 }, () => (r.uniform() < p ? 1 : 0)), Math.round(r.uniform(0.3, 6) * 100) / 100, Math.round(r.uniform(0.3, 6) * 100) / 100] };
    }),
    { name: 'large: 200000 flips', args: [Array.from({ length: 200_000 }, (_, i) => ((i * 7919) % 13 < 4 ? 1 : 0)), 2, 8], weight: 2 },
  ],
});
