import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'the case study scaling', sample: true, args: [[1 / 51, 0.05, 0.2, 0.5], [600, 620, 580], 20, 50, 600] },
    { name: 'even base odds', sample: true, args: [[0.5, 0.2, 0.8], [500, 540], 40, 1, 500] },
    { name: 'default probability 2%', args: [[0.02, 0.04, 0.08], [650], 20, 50, 600] },
    { name: 'probabilities 0 and 1', args: [[0, 1, 1e-300], [600], 20, 50, 600] },
    { name: 'extreme probabilities are clipped', args: [[1e-9, 0.999999, 0.9], [600], 20, 50, 600] },
    { name: 'scores outside the scorecard range', args: [[0.1], [200, 900, 1000, 300, 850], 20, 50, 600] },
    { name: 'no inputs', args: [[], [], 20, 50, 600] },
    { name: 'probability above 1 throws', args: [[1.5], [600], 20, 50, 600], expectError: true },
    { name: 'zero pdo throws', args: [[0.1], [600], 0, 50, 600], expectError: true },
    { name: 'negative base odds throws', args: [[0.1], [600], 20, -5, 600], expectError: true },
    { name: 'NaN score throws', args: [[0.1], [NaN], 20, 50, 600], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4900 + i);
      return { name: `random ${i + 1}`, args: [r.vector(6, 0.001, 0.6), r.vector(6, 350, 800), [20, 40, 50, 20, 30][i]!, [50, 20, 1, 10, 30][i]!, [600, 660, 500, 620, 580][i]!] };
    }),
    { name: 'large: 50000 applicants', args: [rng(4999).vector(50_000, 0, 1), rng(4998).vector(50_000, 250, 900), 20, 50, 600], weight: 2 },
  ],
});
