import { defineTests, rng } from '../../grader/kit.ts';

/** Two feature sets from Gaussians with correlated features; the generated one is shifted and rescaled. */
function randomCase(seed: number, n: number, m: number, d: number, shift: number): [number[][], number[][]] {
  const r = rng(seed);
  const A = r.normalMatrix(d, d, 0, 0.7);
  const sample = (k: number, mu: number, s: number) => Array.from({ length: k }, () => {
    const z = Array.from({ length: d }, () => r.normal());
    return A.map((row, i) => mu + s * (z[i]! + row.reduce((acc, v, j) => acc + v * z[j]!, 0)));
  });
  return [sample(n, 0, 1), sample(m, shift, 1.2)];
}

const base = [[1, 2], [2, 1], [3, 4], [4, 3], [2.5, 2.5]];

export default defineTests({
  cases: [
    { name: 'two small sets', sample: true, args: [[[0, 0], [1, 1], [2, 0], [1, -1]], [[1, 0], [2, 2], [3, 1], [2, -1], [1.5, 0.5]]] },
    { name: 'one feature', sample: true, args: [[[1], [2], [3], [4]], [[2], [4], [6]]] },
    { name: 'identical sets give 0', args: [base, base] },
    { name: 'a shifted copy', args: [base, base.map(([a, b]) => [a! + 1, b! - 2])] },
    { name: 'correlated features', args: [[[1, 1.1, 0.9], [2, 2.2, 1.8], [3, 2.9, 3.1], [4, 4.2, 3.9], [5, 4.8, 5.2]], [[1, -1, 2], [2, -2, 1], [3, 0, 3], [0, 1, 0], [2, 2, 2]]] },
    { name: 'fewer rows than features (singular covariances)', args: [[[1, 0, 2, 1], [0, 1, 1, 3], [2, 2, 0, 1]], [[1, 1, 1, 1], [0, 2, 2, 0]]] },
    { name: 'swapped arguments', args: [[[1, 0], [2, 2], [3, 1], [2, -1], [1.5, 0.5]], [[0, 0], [1, 1], [2, 0], [1, -1]]] },
    { name: 'one row throws', args: [[[1, 2]], [[1, 2], [2, 3]]], expectError: true },
    { name: 'different widths throw', args: [[[1, 2], [2, 3]], [[1], [2]]], expectError: true },
    { name: 'NaN throws', args: [[[1, NaN], [2, 3]], [[1, 2], [2, 3]]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(6100 + i, 10 + 20 * i, 12 + 15 * i, 1 + i, 0.3 * i) })),
    { name: 'large: 2000 × 2000 samples of 16 features', args: randomCase(6199, 2000, 2000, 16, 0.2), weight: 2 },
  ],
});
