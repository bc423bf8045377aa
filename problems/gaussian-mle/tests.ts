import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'four observations', sample: true, args: [[2, 4, 4, 6]] },
    { name: 'heights in metres', sample: true, args: [[1.62, 1.75, 1.68, 1.81, 1.7, 1.66]] },
    { name: 'five measurements', args: [[10.2, 9.7, 10.5, 10.1, 9.9]] },
    { name: 'data around one billion', args: [[1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16]] },
    // condition number ~1e13: a one-pass Welford update is good to ~1e-7 here, two passes to ~1e-12, the E[x²] − E[x]² identity to nothing
    { name: 'ill-conditioned data', args: [Array.from({ length: 1000 }, (_, i) => 1e6 + 0.001 * i)], tolerance: { rtol: 1e-5, atol: 1e-12 } },
    { name: 'one observation', args: [[3.5]], nanEqual: true },
    { name: 'constant data', args: [[-2, -2, -2]] },
    { name: 'two observations', args: [[0, 1]] },
    { name: 'negative values', args: [[-3.5, -1.25, -8, -0.5, -2.75]] },
    { name: 'empty input throws', args: [[]], expectError: true },
    { name: 'NaN throws', args: [[1, NaN, 2]], expectError: true },
    { name: 'infinity throws', args: [[1, Infinity]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3600 + i);
      const mu = r.uniform(-100, 100) * 10 ** i, sd = r.uniform(0.1, 10);
      return { name: `random ${i + 1}`, args: [Array.from({ length: 3 + 20 * i }, () => r.normal(mu, sd))] };
    }),
    { name: 'large: 200000 observations', args: [rng(3699).normalMatrix(1, 200_000, 50, 3)[0]!], weight: 2 },
  ],
});
