import { defineTests, rng } from '../../grader/kit.ts';

/** Perturbations around x, outputs of a smooth nonlinear black box (or a linear one), a kernel width near the spread. */
function randomCase(seed: number, n: number, p: number, width: number, ridge: number, linear = false) {
  const r = rng(seed);
  const x = r.vector(p, -1, 1);
  const Z = Array.from({ length: n }, () => x.map((v) => v + r.normal(0, 0.8)));
  const a = r.vector(p, -2, 2);
  const fz = Z.map((z) => (linear ? 0.3 + z.reduce((s, v, j) => s + a[j]! * v, 0) : Math.tanh(z.reduce((s, v, j) => s + a[j]! * v, 0.3)) + 0.2 * z[0]! ** 2));
  return [Z, fz, x, width, ridge];
}

const Z4 = [[0, 0], [1, 0], [0, 1], [1, 1]];
const example = [Z4, [1, 3, 0, 2], [0, 0], 1, 0];
const replace = (c: unknown[], i: number, v: unknown) => c.map((a, j) => (j === i ? v : a));

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'the same samples with ridge 0.5', sample: true, args: replace(example, 4, 0.5) },
    { name: 'a linear black box is recovered exactly', args: randomCase(18101, 30, 3, 1.5, 0, true) },
    { name: 'a huge kernel width is an unweighted ridge', args: randomCase(18102, 25, 3, 1e6, 1) },
    { name: 'a constant feature column', args: (() => { const c = randomCase(18103, 20, 3, 1.2, 0.5); return replace(c, 0, (c[0] as number[][]).map((z) => [z[0], 0.7, z[2]])); })() },
    { name: 'a single sample with a ridge', args: [[[0.5, -0.5]], [2], [0, 0], 1, 1] },
    { name: 'a constant black box', args: replace(randomCase(18104, 15, 2, 1, 0.1), 1, new Array(15).fill(0.25)) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(18200 + i);
      return { name: `random ${i + 1}`, args: randomCase(18210 + i, r.int(10, 60), r.int(1, 5), r.uniform(0.7, 2), r.uniform(0.05, 2)) };
    }),
    { name: 'large: 5000 samples, 10 features', args: randomCase(18300, 5000, 10, 2, 1), weight: 2 },
    { name: 'weights that all underflow throw', args: [[[50, 50], [60, 40]], [1, 2], [0, 0], 0.1, 1], expectError: true },
    { name: 'collinear features without a ridge throw', args: [[[0, 0], [1, 2], [2, 4], [3, 6]], [1, 2, 3, 5], [1, 2], 2, 0], expectError: true },
    { name: 'a zero kernel width throws', args: replace(example, 3, 0), expectError: true },
    { name: 'outputs of the wrong length throw', args: replace(example, 1, [1, 3, 0]), expectError: true },
  ],
});
