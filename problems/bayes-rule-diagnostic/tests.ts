import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'rare disease, good test', sample: true, args: [0.001, 0.99, 0.95] },
    { name: 'common condition', sample: true, args: [0.3, 0.8, 0.9] },
    { name: 'prior zero', args: [0, 0.9, 0.9] },
    { name: 'prior one', args: [1, 0.9, 0.9] },
    { name: 'perfect specificity', args: [0.02, 0.7, 1] },
    { name: 'perfect sensitivity', args: [0.02, 1, 0.7] },
    { name: 'no positives possible', args: [0, 0.9, 1], nanEqual: true },
    { name: 'no negatives possible', args: [1, 1, 0.4], nanEqual: true },
    { name: 'useless test', args: [0.1, 0.5, 0.5] },
    { name: 'a negative result almost impossible', args: [1 - 1e-9, 1 - 1e-9, 0.5] },
    { name: 'prior above one throws', args: [1.2, 0.9, 0.9], expectError: true },
    { name: 'negative specificity throws', args: [0.1, 0.9, -0.1], expectError: true },
    { name: 'NaN sensitivity throws', args: [0.1, NaN, 0.9], expectError: true },
    ...Array.from({ length: 8 }, (_, i) => {
      const r = rng(600 + i);
      return { name: `random ${i + 1}`, args: [r.uniform(0.0005, 0.5), r.uniform(0.5, 0.999), r.uniform(0.5, 0.999)] };
    }),
  ],
});
