import { defineTests, rng } from '../../grader/kit.ts';

/** Uniforms kept at least 1e-6 away from p, so no float rounding can flip a keep decision. */
function randomCase(seed: number, m: number, n: number, p: number, training: boolean) {
  const r = rng(seed);
  const x = r.matrix(m, n, -5, 5);
  const dY = r.matrix(m, n, -2, 2);
  const u = Array.from({ length: m }, () => Array.from({ length: n }, () => { for (;;) { const v = r.uniform(0, 1); if (Math.abs(v - p) > 1e-6) return v; } }));
  return [x, u, p, training, dY];
}

export default defineTests({
  cases: [
    { name: 'worked example (training)', sample: true, args: [[[1, 2, 3, 4]], [[0.1, 0.5, 0.7, 0.3]], 0.5, true, [[1, 1, 1, 1]]] },
    { name: 'worked example (inference)', sample: true, args: [[[1, 2, 3, 4]], [[0.1, 0.5, 0.7, 0.3]], 0.5, false, [[1, 1, 1, 1]]] },
    { name: 'p = 0 is the identity', args: randomCase(1, 3, 4, 0, true) },
    { name: 'p = 1 drops everything', args: randomCase(2, 3, 4, 1, true) },
    { name: 'u equal to p keeps the unit', args: [[[2, -3, 5], [1, 1, 1]], [[0.25, 0.25, 0.75], [0.1, 0.25, 0.3]], 0.25, true, [[1, 2, 3], [4, 5, 6]]] },
    { name: 'inference ignores u and p', args: randomCase(3, 2, 5, 0.9, false) },
    { name: 'all units dropped by the draws', args: [[[1, 2], [3, 4]], [[0.1, 0.2], [0.05, 0.3]], 0.4, true, [[1, 1], [1, 1]]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(20 + i);
      return { name: `random ${i + 1}`, args: randomCase(30 + i, r.int(1, 6), r.int(1, 8), r.uniform(0.05, 0.9), true) };
    }),
    { name: 'large: 256 x 256', args: randomCase(404, 256, 256, 0.3, true), weight: 2 },
  ],
});
