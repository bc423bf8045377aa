import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][][], number, number, number[][][]];

function randomCase(seed: number, C: number, H: number, W: number, k: number, s: number, integers = false): Args {
  const r = rng(seed);
  const x = Array.from({ length: C }, () => (integers ? Array.from({ length: H }, () => Array.from({ length: W }, () => r.int(-3, 3))) : r.normalMatrix(H, W)));
  const Ho = Math.floor((H - k) / s) + 1, Wo = Math.floor((W - k) / s) + 1;
  return [x, k, s, Array.from({ length: C }, () => r.matrix(Ho, Wo, -1, 1))];
}

export default defineTests({
  cases: [
    { name: 'worked example: overlapping 2×2 windows', sample: true, args: [[[[1, 3, 2], [4, 2, 2], [0, 1, 5]]], 2, 1, [[[1, 2], [3, 4]]]] },
    { name: 'two channels, 2×2 windows, stride 2', sample: true, args: [[[[1, 2, 3, 4], [5, 6, 7, 8]], [[-1, -2, 0, 9], [3, -4, 9, 1]]], 2, 2, [[[1, -1]], [[2, 0.5]]]] },
    { name: 'ties go to the first maximum', args: [[[[5, 5, 1], [5, 2, 5], [0, 5, 5]]], 2, 1, [[[1, 2], [3, 4]]]] },
    { name: 'many ties with small integers', args: randomCase(4301, 2, 6, 6, 3, 2, true) },
    { name: 'overlapping 3×3 windows with stride 2', args: randomCase(4302, 3, 7, 7, 3, 2) },
    { name: 'odd size: the last row and column are dropped', args: randomCase(4303, 2, 5, 7, 2, 2) },
    { name: 'only negative values', args: (() => { const a = randomCase(4304, 2, 4, 4, 2, 2); a[0] = a[0].map((ch) => ch.map((r) => r.map((v) => -Math.abs(v) - 1))); return a; })() },
    { name: 'window 1 is the identity', args: randomCase(4305, 2, 3, 4, 1, 1) },
    { name: 'window covering the whole input', args: randomCase(4306, 3, 4, 4, 4, 1) },
    { name: 'stride larger than the window skips pixels', args: randomCase(4307, 1, 7, 7, 2, 3) },
    { name: 'window larger than the input throws', args: [[[[1, 2], [3, 4]]], 3, 1, [[[1]]]], expectError: true },
    { name: 'dy of the wrong shape throws', args: [[[[1, 2], [3, 4]]], 2, 1, [[[1, 2]]]], expectError: true },
    { name: 'stride 0 throws', args: [[[[1, 2], [3, 4]]], 1, 0, [[[1]]]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(4320 + i);
      const k = r.int(1, 3);
      return { name: `random ${i + 1}`, args: randomCase(4340 + i, r.int(1, 3), r.int(k, 9), r.int(k, 9), k, r.int(1, 3)) };
    }),
    { name: 'large: 8 channels 48×48, 3×3 windows, stride 2', args: randomCase(4399, 8, 48, 48, 3, 2), weight: 2 },
  ],
});
