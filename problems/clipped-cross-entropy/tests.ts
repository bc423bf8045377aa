import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[][], number];

function randomCase(seed: number, n: number, k: number, oneHot: boolean, eps = 1e-7): Args {
  const r = rng(seed);
  const yTrue = Array.from({ length: n }, () => {
    if (oneHot) { const c = r.int(0, k - 1); return Array.from({ length: k }, (_, j) => (j === c ? 1 : 0)); }
    const v = r.vector(k, 0, 1); const s = v.reduce((a, b) => a + b, 0); return v.map((x) => x / s);
  });
  const yPred = Array.from({ length: n }, () => { const v = r.vector(k, 0.01, 1); const s = v.reduce((a, b) => a + b, 0); return v.map((x) => x / s); });
  return [yTrue, yPred, eps];
}

export default defineTests({
  cases: [
    { name: 'worked example: two rows, three classes', sample: true, args: [[[1, 0, 0], [0, 1, 0]], [[0.7, 0.2, 0.1], [0.1, 0.6, 0.3]], 1e-7] },
    { name: 'confidently wrong probabilities are clipped', sample: true, args: [[[1, 0]], [[0, 1]], 1e-7] },
    { name: 'zero probability on the true class', args: [[[0, 1, 0], [1, 0, 0]], [[0.5, 0, 0.5], [0.9, 0.05, 0.05]], 1e-7] },
    { name: 'larger clipping bound', args: [[[0, 1, 0], [1, 0, 0]], [[0.5, 0, 0.5], [1, 0, 0]], 0.01] },
    { name: 'soft labels', args: randomCase(4501, 4, 3, false) },
    { name: 'one class (K = 1)', args: [[[1], [1], [0]], [[0.9], [0.4], [0.2]], 1e-7] },
    { name: 'batch of one', args: randomCase(4502, 1, 5, true) },
    { name: 'several rows: the categorical loss averages over rows only', args: randomCase(4503, 6, 4, true) },
    { name: 'multi-label targets', args: [[[1, 1, 0], [0, 1, 1]], [[0.8, 0.6, 0.1], [0.3, 0.7, 0.9]], 1e-7] },
    { name: 'shape mismatch throws', args: [[[1, 0]], [[0.5, 0.5], [0.5, 0.5]], 1e-7], expectError: true },
    { name: 'probability outside [0, 1] throws', args: [[[1, 0]], [[1.2, -0.2]], 1e-7], expectError: true },
    { name: 'eps = 0 throws', args: [[[1, 0]], [[0.5, 0.5]], 0], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4520 + i);
      return { name: `random ${i + 1}`, args: randomCase(4540 + i, r.int(1, 20), r.int(2, 10), i % 2 === 0) };
    }),
    { name: 'large: 1000 rows of 50 classes', args: randomCase(4599, 1000, 50, true), weight: 2 },
  ],
});
