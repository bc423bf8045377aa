import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, alpha: number, gamma: number): [number[], number[], number, number] {
  const r = rng(seed);
  return [Array.from({ length: n }, () => (r.uniform() < 0.3 ? 1 : 0)), r.vector(n, 0.001, 0.999), alpha, gamma];
}

const Y = [1, 0, 1, 0];
const P = [0.9, 0.2, 0.3, 0.8];

export default defineTests({
  cases: [
    { name: 'worked example: α = 0.25, γ = 2', sample: true, args: [Y, P, 0.25, 2] },
    { name: 'γ = 0 and α = 0.5 give half the cross-entropy', sample: true, args: [Y, P, 0.5, 0] },
    { name: 'well-classified examples contribute almost nothing', args: [[1, 0, 1], [0.999, 0.001, 0.995], 0.25, 2], tolerance: { rtol: 1e-9, atol: 1e-15 } },
    { name: 'probabilities of exactly 0 and 1 are clipped', args: [[1, 0, 1, 0], [0, 1, 1, 0], 0.25, 2] },
    { name: 'γ = 5 focuses on the hard example', args: [[1, 1, 0], [0.05, 0.6, 0.3], 0.4, 5] },
    { name: 'α = 1 ignores the negatives', args: [[1, 0, 0, 1], [0.3, 0.9, 0.7, 0.6], 1, 2] },
    { name: 'single example', args: [[0], [0.35], 0.25, 1.5] },
    { name: 'all negatives', args: [[0, 0, 0], [0.1, 0.5, 0.95], 0.25, 2] },
    { name: 'length mismatch throws', args: [[1, 0], [0.5], 0.25, 2], expectError: true },
    { name: 'label other than 0 or 1 throws', args: [[1, 2], [0.5, 0.5], 0.25, 2], expectError: true },
    { name: 'α outside [0, 1] throws', args: [[1, 0], [0.5, 0.5], 1.5, 2], expectError: true },
    { name: 'negative γ throws', args: [[1, 0], [0.5, 0.5], 0.25, -1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1300 + i);
      return { name: `random ${i + 1}`, args: randomCase(1320 + i, r.int(2, 40), r.uniform(0.1, 0.9), [0, 0.5, 1, 2, 3][i]!) };
    }),
    { name: 'large: 100000 examples', args: randomCase(1399, 100000, 0.25, 2), weight: 2 },
  ],
});
