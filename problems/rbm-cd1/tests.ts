import { defineTests, rng } from '../../grader/kit.ts';
import { samplingMargin } from './reference.ts';

/** Binary rows, weights of the given scale, and uniforms redrawn until no u lies within 1e−6 of its probability. */
function randomCase(seed: number, m: number, V: number, H: number, scale: number, lr: number) {
  const r = rng(seed);
  for (;;) {
    const v0 = Array.from({ length: m }, () => Array.from({ length: V }, () => (r.uniform() < 0.5 ? 1 : 0)));
    const W = r.matrix(V, H, -scale, scale);
    const a = r.vector(V, -scale / 2, scale / 2);
    const b = r.vector(H, -scale / 2, scale / 2);
    const uH = r.matrix(m, H);
    const uV = r.matrix(m, V);
    if (samplingMargin(v0, W, a, b, uH, uV) > 1e-6) return [v0, W, a, b, uH, uV, lr];
  }
}

const example = [[[1, 0, 1]], [[0.5, -0.5], [0, 1], [1, 0]], [0, 0, 0], [0, 0], [[0.5, 0.5]], [[0.9, 0.2, 0.6]], 0.1];
const replace = (c: unknown[], i: number, v: unknown) => c.map((x, j) => (j === i ? v : x));

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'a batch of four', sample: true, args: randomCase(10101, 4, 5, 3, 1, 0.05) },
    { name: 'zero weights', args: (() => { const c = randomCase(10102, 3, 4, 3, 1, 0.1); c[1] = (c[1] as number[][]).map((row) => row.map(() => 0)); return c; })() },
    { name: 'batch of one', args: randomCase(10103, 1, 6, 4, 1.5, 0.2) },
    { name: 'large pre-activations', args: randomCase(10104, 3, 4, 3, 2000, 0.01) },
    { name: 'lr = 0 keeps the parameters', args: randomCase(10105, 3, 4, 2, 1, 0) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(10200 + i);
      return { name: `random ${i + 1}`, args: randomCase(10210 + i, r.int(2, 8), r.int(2, 10), r.int(2, 8), r.uniform(0.5, 3), r.uniform(0.01, 0.5)) };
    }),
    { name: 'large: 64 rows, 100 visible, 50 hidden', args: randomCase(10300, 64, 100, 50, 0.3, 0.05), weight: 2 },
    { name: 'a non-binary visible row throws', args: replace(example, 0, [[1, 0.5, 1]]), expectError: true },
    { name: 'W of the wrong shape throws', args: replace(example, 1, [[0.5, -0.5], [0, 1]]), expectError: true },
    { name: 'uniforms of the wrong shape throw', args: replace(example, 5, [[0.9, 0.2]]), expectError: true },
    { name: 'a uniform equal to 1 throws', args: replace(example, 4, [[0.5, 1]]), expectError: true },
  ],
});
