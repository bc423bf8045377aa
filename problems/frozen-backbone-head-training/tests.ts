import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, d: number, h: number, K: number, steps: number, lr: number) {
  const r = rng(seed);
  const X = r.normalMatrix(n, d, 0, 1);
  const Wf = r.normalMatrix(d, h, 0, 1 / Math.sqrt(d));
  const bf = r.vector(h, -0.1, 0.1);
  const Wh = r.normalMatrix(h, K, 0, 0.1);
  const bh = r.vector(K, -0.1, 0.1);
  const y = X.map((x) => Math.abs(Math.floor(x.reduce((s, v) => s + v, 0) * 2)) % K);
  return [X, y, Wf, bf, Wh, bh, steps, lr];
}

const example = [[[1, 0], [0, 1], [1, 1]], [0, 1, 1], [[1, -1], [0.5, 1]], [0, 0], [[0, 0], [0, 0]], [0, 0], 2, 0.1];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'three classes, ten steps', sample: true, args: randomCase(8500, 12, 4, 5, 3, 10, 0.05) },
    { name: 'no steps', args: randomCase(8501, 6, 3, 4, 2, 0, 0.1) },
    { name: 'a few steps', args: randomCase(8502, 8, 3, 3, 4, 3, 0.2) },
    { name: 'a row with every feature inactive', args: [[[-1, -1], [1, 0.5], [2, 1]], [2, 0, 1], [[1, 0.5, 1], [1, 1, 0.2]], [0, 0, 0], [[0.1, 0, -0.1], [0, 0.2, 0], [0.3, 0, 0]], [0, 0, 0], 5, 0.1] },
    { name: 'a single class in y', args: (() => { const c = randomCase(8503, 7, 3, 4, 3, 8, 0.1); c[1] = (c[1] as number[]).map(() => 2); return c; })() },
    { name: 'a feature that is always off', args: [[[1, 2], [2, 1], [0.5, 0.5]], [0, 1, 0], [[1, -1], [1, -1]], [0, 0], [[0.2, -0.2], [0.5, 0.5]], [0, 0], 6, 0.05] },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(8510 + i);
      return { name: `random ${i + 1}`, args: randomCase(8520 + i, r.int(4, 30), r.int(2, 8), r.int(2, 10), r.int(2, 5), r.int(5, 40), r.uniform(0.005, 0.1)) };
    }),
    { name: 'large: 500 rows, 64 features, 50 steps', args: randomCase(8600, 500, 32, 64, 10, 50, 0.01), weight: 2 },
    { name: 'a label out of range throws', args: [example[0], [0, 2, 1], ...example.slice(2)], expectError: true },
    { name: 'a head of the wrong shape throws', args: [...example.slice(0, 4), [[0, 0]], [0, 0], 2, 0.1], expectError: true },
    { name: 'negative steps throw', args: [...example.slice(0, 6), -1, 0.1], expectError: true },
  ],
});
