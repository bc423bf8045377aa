import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'four measurements', sample: true, args: [[5.2, 4.8, 5.5, 5.1], 0.25, 4, 1] },
    { name: 'no data', sample: true, args: [[], 2, -1, 3] },
    { name: 'ten observations', args: [[9.8, 10.4, 10.1, 9.6, 10.3, 10.0, 9.9, 10.6, 10.2, 9.7], 0.3, 12, 0.5] },
    { name: 'vague prior', args: [[3, 4, 5], 1, 100, 1e12] },
    { name: 'dogmatic prior', args: [[3, 4, 5], 1, 100, 1e-12] },
    { name: 'one observation', args: [[7], 4, 3, 4] },
    { name: 'negative values', args: [[-2.5, -3.1, -1.9], 0.5, 0, 2] },
    { name: 'zero noise variance throws', args: [[1], 0, 0, 1], expectError: true },
    { name: 'negative prior variance throws', args: [[1], 1, 0, -1], expectError: true },
    { name: 'NaN observation throws', args: [[1, NaN], 1, 0, 1], expectError: true },
    { name: 'infinite prior mean throws', args: [[1], 1, Infinity, 1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4000 + i);
      const mu = r.uniform(-20, 20), s2 = r.uniform(0.1, 9);
      return { name: `random ${i + 1}`, args: [Array.from({ length: 1 + 8 * i }, () => r.normal(mu, Math.sqrt(s2))), s2, Math.round(r.uniform(-20, 20)), r.uniform(0.1, 50)] };
    }),
    { name: 'large: 200000 observations', args: [rng(4099).normalMatrix(1, 200_000, 3, 2)[0]!, 4, 0, 10], weight: 2 },
  ],
});
