import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, eps: number): [number[], number[], number] {
  const r = rng(seed);
  return [r.vector(n, 0, 1), Array.from({ length: n }, () => (r.uniform() < 0.4 ? 1 : 0)), eps];
}

export default defineTests({
  cases: [
    { name: 'worked example: soft prediction', sample: true, args: [[0.9, 0.8, 0.1, 0.4], [1, 1, 0, 0], 1e-6] },
    { name: 'binary masks: both forms agree', sample: true, args: [[1, 1, 0, 1], [1, 0, 0, 1], 0] },
    { name: 'both masks empty give 0', args: [[0, 0, 0], [0, 0, 0], 1] },
    { name: 'both masks empty with eps = 0 give NaN', args: [[0, 0, 0], [0, 0, 0], 0], nanEqual: true },
    { name: 'prediction 0.5 everywhere', args: [[0.5, 0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0, 0], 1e-6] },
    { name: 'perfect binary prediction', args: [[0, 1, 1, 0], [0, 1, 1, 0], 1e-6], tolerance: { rtol: 0, atol: 1e-12 } },
    { name: 'no overlap', args: [[1, 1, 0, 0], [0, 0, 1, 1], 1e-6] },
    { name: 'soft targets', args: [[0.2, 0.7, 0.9], [0.3, 0.6, 1], 1] },
    { name: 'single pixel', args: [[0.25], [1], 1e-6] },
    { name: 'length mismatch throws', args: [[0.5, 0.5], [1], 1e-6], expectError: true },
    { name: 'prediction outside [0, 1] throws', args: [[1.5, 0.5], [1, 0], 1e-6], expectError: true },
    { name: 'negative eps throws', args: [[0.5, 0.5], [1, 0], -1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(1400 + i);
      return { name: `random ${i + 1}`, args: randomCase(1420 + i, r.int(1, 50), [0, 1e-6, 1e-3, 1, 0.5][i]!) };
    }),
    { name: 'large: 256×256 mask', args: randomCase(1499, 65536, 1), weight: 2 },
  ],
});
