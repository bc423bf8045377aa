import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, C: number, H: number, W: number, O: number, kH: number, kW: number, S: number, P: number) {
  const r = rng(seed);
  const x = Array.from({ length: C }, () => r.matrix(H, W, -2, 2));
  const w = Array.from({ length: O }, () => Array.from({ length: C }, () => r.matrix(kH, kW, -1, 1)));
  const b = Array.from({ length: O }, () => r.uniform(-0.5, 0.5));
  return [x, w, b, S, P];
}
const X3 = [[[1, 2, 3], [4, 5, 6], [7, 8, 9]]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [X3, [[[[1, 0], [0, -1]]]], [0.5], 1, 0] },
    { name: 'padding 1, stride 2', sample: true, args: [X3, [[[[1, 0], [0, -1]]]], [0.5], 2, 1] },
    { name: '1x1 kernel mixes channels', args: randomCase(1, 3, 4, 5, 2, 1, 1, 1, 0) },
    { name: 'kernel covers the whole input', args: randomCase(2, 2, 3, 4, 3, 3, 4, 1, 0) },
    { name: 'stride 2 on an odd size', args: randomCase(3, 2, 7, 7, 2, 3, 3, 2, 0) },
    { name: 'padding 1 keeps the size', args: randomCase(4, 3, 5, 6, 2, 3, 3, 1, 1) },
    { name: 'asymmetric kernel, non-square input', args: randomCase(5, 1, 4, 6, 1, 2, 3, 1, 0) },
    { name: 'stride 3 with padding 2', args: randomCase(6, 2, 8, 5, 2, 3, 2, 3, 2) },
    { name: 'kernel larger than padded input throws', args: randomCase(7, 1, 2, 2, 1, 3, 3, 1, 0), expectError: true },
    { name: 'kernel wider than the padded input throws', args: randomCase(8, 1, 5, 2, 1, 3, 3, 1, 0), expectError: true },
    { name: 'bias count mismatch throws', args: [X3, [[[[1, 0], [0, -1]]]], [0.5, 1], 1, 0], expectError: true },
    { name: 'channel mismatch throws', args: [X3, [[[[1]], [[1]]]], [0], 1, 0], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(80 + i);
      const k = r.int(1, 4), H = r.int(k, 9), W = r.int(k, 9);
      return { name: `random ${i + 1}`, args: randomCase(90 + i, r.int(1, 4), H, W, r.int(1, 4), k, r.int(1, k), r.int(1, 3), r.int(0, 2)) };
    }),
    { name: 'large: 8 channels 32x32, 16 filters 3x3', args: randomCase(321, 8, 32, 32, 16, 3, 3, 1, 1), weight: 2 },
  ],
});
