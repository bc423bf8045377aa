import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number[], number];

const expected = (z: number[]) => {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.reduce((acc, v, k) => acc + (k * v) / s, 0);
};

/** Random logits; a row is redrawn while its expected grade lies within 1e-3 of its label (the |·| kink). */
function randomCase(seed: number, n: number, K: number, lambda: number, scale = 2): Args {
  const r = rng(seed);
  const logits: number[][] = [];
  const labels: number[] = [];
  while (logits.length < n) {
    const z = r.normalMatrix(1, K, 0, scale)[0]!;
    const y = r.int(0, K - 1);
    if (Math.abs(expected(z) - y) < 1e-3) continue;
    logits.push(z);
    labels.push(y);
  }
  return [logits, labels, lambda];
}

export default defineTests({
  cases: [
    { name: 'worked example: two examples, four grades', sample: true, args: [[[2, 1, 0, -1], [0, 0.5, 1, 2]], [1, 3], 0.5] },
    { name: 'λ = 0 is plain cross-entropy', sample: true, args: [[[2, 1, 0, -1], [0, 0.5, 1, 2]], [1, 3], 0] },
    { name: 'two grades', args: randomCase(5101, 5, 2, 0.5) },
    { name: 'expected grade above and below the label', args: [[[0, 0, 3], [3, 0, 0], [0, 2, 0]], [0, 2, 2], 1] },
    { name: 'large logits (stable softmax)', args: randomCase(5102, 4, 5, 0.5, 300) },
    { name: 'large λ', args: randomCase(5103, 6, 6, 10) },
    { name: 'batch of one', args: randomCase(5104, 1, 7, 0.5) },
    { name: 'label out of range throws', args: [[[1, 2, 3]], [3], 0.5], expectError: true },
    { name: 'negative λ throws', args: [[[1, 2, 3]], [1], -0.5], expectError: true },
    { name: 'one grade throws', args: [[[1], [2]], [0, 0], 0.5], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(5120 + i);
      return { name: `random ${i + 1}`, args: randomCase(5140 + i, r.int(1, 12), r.int(2, 8), r.uniform(0, 2)) };
    }),
    { name: 'large: 2000 examples, 5 grades', args: randomCase(5199, 2000, 5, 0.5), weight: 2 },
  ],
});
