import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'calls per hour and waiting times', sample: true, args: [[0, 2, 5], 3, [0.5, 1, 2.5], 2, 1.5] },
    { name: 'exponential waiting times', sample: true, args: [[1], 1, [0.1, 1, 4], 1, 0.5] },
    { name: 'small counts', args: [[0, 1, 2, 3], 0.7, [1], 1, 1] },
    { name: 'a thousand events', args: [[1000, 950, 1100], 1000, [1], 1, 1] },
    { name: 'shape one half', args: [[0], 1, [0.01, 0.5, 3], 0.5, 1] },
    { name: 'rate 2', args: [[0], 1, [0.25, 1, 3], 3, 2] },
    { name: 'zero rate', args: [[0, 1, 4], 0, [1], 1, 1] },
    { name: 'non-positive and infinite x', args: [[0], 1, [0, -2, Infinity, 1.5], 2.5, 0.8] },
    { name: 'large shape', args: [[3], 2, [480, 500, 520], 500, 1] },
    { name: 'negative lambda throws', args: [[1], -1, [1], 1, 1], expectError: true },
    { name: 'fractional k throws', args: [[1.5], 1, [1], 1, 1], expectError: true },
    { name: 'zero rate parameter throws', args: [[1], 1, [1], 2, 0], expectError: true },
    { name: 'NaN x throws', args: [[1], 1, [NaN], 2, 1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4200 + i);
      const lambda = r.uniform(0.1, 10 ** (i % 4)), a = r.uniform(0.2, 40), b = r.uniform(0.05, 5);
      return { name: `random ${i + 1}`, args: [Array.from({ length: 5 }, () => r.int(0, Math.ceil(3 * lambda) + 2)), lambda, Array.from({ length: 5 }, () => r.uniform(0.01, (3 * a) / b)), a, b] };
    }),
    { name: 'large: 50000 values each', args: [Array.from({ length: 50_000 }, (_, i) => i % 5000), 2500, rng(4299).vector(50_000, 0.001, 50), 7.5, 0.3], weight: 2 },
  ],
});
