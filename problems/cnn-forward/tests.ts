import { defineTests, rng } from '../../grader/kit.ts';

/** C×H×W input, O filters k×k, a hidden layer of `hidden` units and K logits, fc1 sized to the pooled output. */
function randomCase(seed: number, C: number, H: number, W: number, O: number, k: number, hidden: number, K: number) {
  const r = rng(seed);
  const x = Array.from({ length: C }, () => r.matrix(H, W, -1, 1));
  const convW = Array.from({ length: O }, () => Array.from({ length: C }, () => r.matrix(k, k, -0.6, 0.6)));
  const flat = O * Math.floor((H - k + 1) / 2) * Math.floor((W - k + 1) / 2);
  return [x, convW, r.vector(O, -0.1, 0.3), r.matrix(flat, hidden, -0.5, 0.5), r.vector(hidden, -0.1, 0.2), r.matrix(hidden, K, -0.5, 0.5), r.vector(K, -0.1, 0.1)];
}

const X = [[[1, 2, 0, 1], [0, 1, 3, 1], [2, 0, 1, 2]], [[0, 1, 1, 0], [1, 0, 0, 2], [1, 1, 0, 0]]];
const CONV = [[[[1, 0], [0, 1]], [[0, 1], [1, 0]]], [[[0, -1], [1, 0]], [[1, 0], [0, -1]]]];
const example = [X, CONV, [0, 0.5], [[1, 0.5], [-1, 1]], [0, 0], [[1, -1], [0.5, 2]], [0.1, -0.1]];
const replace = (c: unknown[], i: number, v: unknown) => c.map((a, j) => (j === i ? v : a));

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: example },
    { name: 'two channels, 6×6 input, 3×3 kernels', sample: true, args: randomCase(3101, 2, 6, 6, 2, 3, 3, 2) },
    { name: 'two channels, 2×2 pooled maps', args: randomCase(3102, 2, 5, 5, 3, 2, 4, 3) },
    { name: 'odd feature map: the last row and column are dropped', args: randomCase(3103, 1, 8, 6, 2, 2, 3, 2) },
    { name: 'non-square input', args: randomCase(3104, 3, 7, 11, 2, 3, 5, 4) },
    { name: '1×1 kernel', args: randomCase(3105, 3, 4, 6, 2, 1, 3, 2) },
    { name: 'every conv output negative gives the head biases only', args: (() => { const c = randomCase(3106, 2, 5, 5, 2, 2, 3, 2); c[1] = (c[1] as number[][][][]).map((f) => f.map((ch) => ch.map((r) => r.map(() => 0)))); c[2] = [-1, -0.5]; return c; })() },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3200 + i);
      const k = r.int(1, 4);
      return { name: `random ${i + 1}`, args: randomCase(3210 + i, r.int(1, 4), r.int(k + 1, 12), r.int(k + 1, 12), r.int(1, 5), k, r.int(2, 8), r.int(2, 5)) };
    }),
    { name: 'large: 3×32×32 input, 16 filters 5×5, 64 hidden units', args: randomCase(3300, 3, 32, 32, 16, 5, 64, 10), weight: 2 },
    { name: 'fc1 sized for the unpooled map throws', args: replace(example, 3, [[1, 0.5], [-1, 1], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0]]), expectError: true },
    { name: 'a channel mismatch throws', args: replace(example, 1, [[[[1, 0], [0, 1]]], [[[0, -1], [1, 0]]]]), expectError: true },
    { name: 'a map too small to pool throws', args: [[[[1, 2], [3, 4]]], [[[[1, 0], [0, 1]]]], [0], [[1]], [0], [[1]], [0]], expectError: true },
    { name: 'fc2 that does not match fc1 throws', args: replace(example, 5, [[1, -1]]), expectError: true },
  ],
});
