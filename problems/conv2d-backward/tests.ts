import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][][], number[][][][], number, number, number[][][]];

function randomCase(seed: number, C: number, H: number, W: number, O: number, kH: number, kW: number, S: number, P: number): Args {
  const r = rng(seed);
  const x = Array.from({ length: C }, () => r.matrix(H, W, -2, 2));
  const w = Array.from({ length: O }, () => Array.from({ length: C }, () => r.matrix(kH, kW, -1, 1)));
  const Ho = Math.floor((H + 2 * P - kH) / S) + 1;
  const Wo = Math.floor((W + 2 * P - kW) / S) + 1;
  const dY = Array.from({ length: O }, () => r.matrix(Ho, Wo, -1, 1));
  return [x, w, S, P, dY];
}

const X3 = [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]];
const K2 = [[[[1, 0], [0, -1]]]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [X3, K2, 1, 0, [[[1, 0], [0, 2]]]] },
    { name: 'padding 1, stride 2', sample: true, args: [X3, K2, 2, 1, [[[1, 0], [0, 2]]]] },
    { name: 'stride 2 leaves unread rows and columns at zero', args: randomCase(11, 2, 6, 6, 2, 3, 3, 2, 0) },
    { name: 'padding 1', args: randomCase(12, 2, 5, 4, 3, 3, 3, 1, 1) },
    { name: 'padding 2 with a 3×3 kernel', args: randomCase(13, 1, 4, 5, 2, 3, 3, 1, 2) },
    { name: '1×1 kernel', args: randomCase(14, 3, 4, 5, 2, 1, 1, 1, 0) },
    { name: 'single output pixel', args: randomCase(15, 2, 3, 4, 2, 3, 4, 1, 0) },
    { name: 'asymmetric kernel on a non-square input', args: randomCase(16, 1, 5, 7, 1, 2, 3, 1, 0) },
    { name: 'stride 3, padding 1, overlapping nothing', args: randomCase(17, 2, 7, 8, 2, 2, 2, 3, 1) },
    { name: 'zero upstream gradient', args: (() => { const a = randomCase(18, 2, 4, 4, 2, 3, 3, 1, 1); a[4] = a[4].map((m) => m.map((r) => r.map(() => 0))); return a; })() },
    { name: 'dY of the wrong shape throws', args: [X3, K2, 1, 0, [[[1, 0, 0], [0, 2, 0]]]], expectError: true },
    { name: 'channel mismatch throws', args: [X3, [[[[1]], [[1]]]], 1, 0, [[[1, 1, 1], [1, 1, 1], [1, 1, 1]]]], expectError: true },
    { name: 'kernel larger than the padded input throws', args: [X3, [[[[1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]]]], 1, 0, [[[1]]]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(40 + i);
      const k = r.int(1, 4);
      const P = r.int(0, 2);
      const H = r.int(Math.max(1, k - 2 * P), 9), W = r.int(Math.max(1, k - 2 * P), 9);
      return { name: `random ${i + 1}`, args: randomCase(60 + i, r.int(1, 4), H, W, r.int(1, 4), k, r.int(1, k), r.int(1, 3), P) };
    }),
    { name: 'large: 8 channels 32×32, 16 filters 3×3, padding 1', args: randomCase(321, 8, 32, 32, 16, 3, 3, 1, 1), weight: 2 },
  ],
});
