import { defineTests, rng } from '../../grader/kit.ts';

/** A random SPD covariance A·Aᵀ + δI and points scattered around the mean. */
function randomCase(seed: number, k: number, m: number): [number[][], number[], number[][]] {
  const r = rng(seed);
  const A = r.normalMatrix(k, k);
  const Sigma = A.map((ai, i) => A.map((aj, j) => ai.reduce((s, v, p) => s + v * aj[p]!, 0) + (i === j ? 0.1 : 0)));
  const mu = r.vector(k, -3, 3);
  return [r.normalMatrix(m, k, 0, 2).map((row) => row.map((v, i) => v + mu[i]!)), mu, Sigma];
}

const rho = 0.999;

export default defineTests({
  cases: [
    { name: 'two points in 2-D', sample: true, args: [[[0, 0], [1, 2]], [0, 1], [[2, 0.6], [0.6, 1]]] },
    { name: 'standard normal in 3-D', sample: true, args: [[[0, 0, 0], [1, -1, 2]], [0, 0, 0], [[1, 0, 0], [0, 1, 0], [0, 0, 1]]] },
    { name: 'correlated pair', args: [[[1, 1], [1, -1], [3, 0.5]], [0.5, 0], [[4, 1.8], [1.8, 1]]] },
    { name: 'diagonal covariance', args: [[[1, 2, 3]], [0, 1, 2], [[0.5, 0, 0], [0, 2, 0], [0, 0, 8]]] },
    { name: 'one dimension', args: [[[3], [-1]], [1], [[4]]] },
    { name: 'nearly singular (rho 0.999)', args: [[[1, 1], [1, -1], [0, 0]], [0, 0], [[1, rho], [rho, 1]]] },
    { name: 'x equal to the mean', args: [[[2, -1, 0.5]], [2, -1, 0.5], [[3, 1, 0], [1, 2, 0.5], [0, 0.5, 1]]] },
    { name: 'no points', args: [[], [0, 0], [[1, 0], [0, 1]]] },
    { name: 'not positive definite throws', args: [[[0, 0]], [0, 0], [[1, 2], [2, 1]]], expectError: true },
    { name: 'not symmetric throws', args: [[[0, 0]], [0, 0], [[2, 0.5], [0.4, 1]]], expectError: true },
    { name: 'dimension mismatch throws', args: [[[0, 0, 0]], [0, 0], [[1, 0], [0, 1]]], expectError: true },
    { name: 'singular covariance throws', args: [[[0, 0]], [0, 0], [[1, 1], [1, 1]]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(4400 + i, 2 + i, 4) })),
    { name: 'large: 3000 points in 20-D', args: randomCase(4499, 20, 3000), weight: 2 },
  ],
});
