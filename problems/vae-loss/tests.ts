import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[][], number[][], number[][]];

function randomCase(seed: number, n: number, d: number, k: number, binary: boolean): Args {
  const r = rng(seed);
  const x = Array.from({ length: n }, () => Array.from({ length: d }, () => (binary ? (r.uniform() < 0.4 ? 1 : 0) : r.uniform(0, 1))));
  return [r.matrix(n, d, 0.01, 0.99), x, r.normalMatrix(n, k), r.matrix(n, k, -3, 2)];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[0.8, 0.3]], [[1, 0]], [[0.5, -1]], [[0, Math.log(0.25)]]] },
    { name: 'a saturated wrong pixel costs 100', sample: true, args: [[[1, 0]], [[0, 0]], [[0]], [[0]]] },
    { name: 'KL is 0 at the prior', args: [[[0.4, 0.6, 0.5]], [[0, 1, 1]], [[0, 0]], [[0, 0]]] },
    { name: 'reconstructions of exactly 0 and 1 are clamped', args: [[[0, 1, 0, 1]], [[1, 0, 0, 1]], [[0.2]], [[-0.5]]] },
    { name: 'fractional targets', args: randomCase(2201, 3, 5, 2, false) },
    { name: 'large log-variance', args: [[[0.5]], [[1]], [[0.1, -0.2]], [[30, 5]]] },
    { name: 'very negative log-variance', args: [[[0.5]], [[1]], [[1.5]], [[-20]]] },
    { name: 'sum over the batch, not mean', args: randomCase(2202, 6, 4, 3, true) },
    { name: 'one latent dimension', args: randomCase(2203, 4, 3, 1, true) },
    { name: 'recon and x of different shapes throw', args: [[[0.5, 0.5]], [[1]], [[0]], [[0]]], expectError: true },
    { name: 'mu and logvar of different shapes throw', args: [[[0.5]], [[1]], [[0, 1]], [[0]]], expectError: true },
    { name: 'reconstruction outside [0, 1] throws', args: [[[1.2]], [[1]], [[0]], [[0]]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(2220 + i);
      return { name: `random ${i + 1}`, args: randomCase(2240 + i, r.int(1, 8), r.int(1, 16), r.int(1, 6), i % 2 === 0) };
    }),
    { name: 'large: batch of 64 images of 28×28, 16 latent dimensions', args: randomCase(2299, 64, 784, 16, true), weight: 2 },
  ],
});
