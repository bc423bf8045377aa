import { defineTests, rng } from '../../grader/kit.ts';

/** Data from the model itself: z ~ N(0, 1), xᵢ ~ N(z, σ²); q is the exact posterior perturbed by `jitter`. */
function randomCase(seed: number, n: number, sigma2: number, jitter: number): [number[], number, number, number] {
  const r = rng(seed);
  const z = r.normal();
  const x = Array.from({ length: n }, () => z + Math.sqrt(sigma2) * r.normal());
  const sum = x.reduce((a, b) => a + b, 0);
  return [x, sigma2, sum / (sigma2 + n) + jitter * r.normal(), (sigma2 / (sigma2 + n)) * Math.exp(jitter * r.normal())];
}

const x10 = [0.8, 1.3, 0.2, 1.9, 1.1, 0.6, 1.4, 0.9, 1.7, 0.5];

export default defineTests({
  cases: [
    { name: 'three observations', sample: true, args: [[1, 2, 0.5], 1, 0.5, 0.5] },
    { name: 'q equal to the posterior', sample: true, args: [[1, 2, 0.5], 1, 3.5 / 4, 0.25] },
    { name: 'ten observations', args: [x10, 0.5, 1, 0.1] },
    { name: 'one observation', args: [[2.5], 2, 0.3, 1.2] },
    { name: 'no observations', args: [[], 1, 0.7, 0.4] },
    { name: 'a very narrow q', args: [x10, 0.5, 0.9, 1e-10] },
    { name: 'q far from the posterior', args: [x10, 0.5, -3, 4] },
    { name: 'zero noise variance throws', args: [[1], 0, 0, 1], expectError: true },
    { name: 'zero q variance throws', args: [[1], 1, 0, 0], expectError: true },
    { name: 'NaN observation throws', args: [[NaN], 1, 0, 1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(5900 + i, 2 + 10 * i, [0.1, 1, 4, 0.5, 2][i]!, [0, 0.1, 0.5, 1, 0.05][i]!) })),
    { name: 'large: 100000 observations', args: randomCase(5999, 100_000, 3, 0.01), weight: 2 },
  ],
});
