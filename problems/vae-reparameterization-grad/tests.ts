import { defineTests, rng } from '../../grader/kit.ts';

type Lik = 'bernoulli' | 'gaussian';
type Args = [number[][], number[][], number[][], number[][], number[][], number[], Lik];

function randomCase(seed: number, B: number, k: number, d: number, lik: Lik): Args {
  const r = rng(seed);
  const x = lik === 'bernoulli'
    ? Array.from({ length: B }, () => Array.from({ length: d }, () => (r.uniform() < 0.4 ? 1 : 0)))
    : r.normalMatrix(B, d);
  return [x, r.normalMatrix(B, k), r.matrix(B, k, -2, 1), r.normalMatrix(B, k), r.matrix(k, d, -1, 1), r.vector(d, -0.5, 0.5), lik];
}

export default defineTests({
  cases: [
    { name: 'worked example: Gaussian decoder', sample: true, args: [[[1, 0]], [[0.5]], [[0]], [[1]], [[1, -1]], [0, 0.5], 'gaussian'] },
    { name: 'worked example: Bernoulli decoder', sample: true, args: [[[1, 0]], [[0.5]], [[0]], [[1]], [[1, -1]], [0, 0.5], 'bernoulli'] },
    { name: 'zero noise: z = μ', args: (() => { const a = randomCase(2301, 3, 2, 4, 'gaussian'); a[3] = a[3].map((r) => r.map(() => 0)); return a; })() },
    { name: 'at the prior the KL is 0', args: (() => { const a = randomCase(2302, 2, 3, 3, 'bernoulli'); a[1] = a[1].map((r) => r.map(() => 0)); a[2] = a[2].map((r) => r.map(() => 0)); return a; })() },
    { name: 'zero decoder weights leave only the KL gradient', args: (() => { const a = randomCase(2303, 3, 2, 3, 'gaussian'); a[4] = a[4].map((r) => r.map(() => 0)); return a; })() },
    { name: 'tiny variance (logVar = −20)', args: (() => { const a = randomCase(2304, 2, 3, 4, 'gaussian'); a[2] = a[2].map((r) => r.map(() => -20)); return a; })() },
    { name: 'large log-variance', args: (() => { const a = randomCase(2305, 2, 2, 3, 'bernoulli'); a[2] = [[6, 3], [4, 8]]; return a; })() },
    { name: 'large logits (stable softplus)', args: (() => { const a = randomCase(2306, 2, 2, 3, 'bernoulli'); a[4] = a[4].map((r) => r.map((v) => 300 * v)); return a; })() },
    { name: 'fractional Bernoulli targets', args: (() => { const a = randomCase(2307, 3, 2, 4, 'bernoulli'); a[0] = a[0].map((r) => r.map((v, i) => (v + 0.25 * (i % 3)) / 1.5)); return a; })() },
    { name: 'batch mean over several examples', args: randomCase(2308, 6, 3, 5, 'gaussian') },
    { name: 'eps of the wrong shape throws', args: (() => { const a = randomCase(2309, 2, 2, 3, 'gaussian'); a[3] = a[3].slice(1); return a; })(), expectError: true },
    { name: 'decoder of the wrong shape throws', args: (() => { const a = randomCase(2310, 2, 2, 3, 'gaussian'); a[4] = a[4].map((r) => r.slice(1)); return a; })(), expectError: true },
    { name: 'Bernoulli target outside [0, 1] throws', args: [[[2, 0]], [[0.5]], [[0]], [[1]], [[1, -1]], [0, 0.5], 'bernoulli'], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2320 + i);
      return { name: `random ${i + 1}`, args: randomCase(2340 + i, r.int(1, 6), r.int(1, 5), r.int(1, 8), i % 2 === 0 ? 'bernoulli' : 'gaussian') };
    }),
    { name: 'large: batch of 32, 16 latent dimensions, 128 outputs', args: randomCase(2399, 32, 16, 128, 'bernoulli'), weight: 2 },
  ],
});
