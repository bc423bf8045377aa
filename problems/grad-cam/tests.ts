import { defineTests, rng, type Rng } from '../../grader/kit.ts';

type Args = [number[][][], number[][][]];

const tensor = (r: Rng, K: number, H: number, W: number, lo: number, hi: number) => Array.from({ length: K }, () => r.matrix(H, W, lo, hi));

function randomCase(seed: number, K: number, H: number, W: number): Args {
  const r = rng(seed);
  return [tensor(r, K, H, W, 0, 3), tensor(r, K, H, W, -1, 1)];
}

const A = [[[1, 2], [3, 4]], [[4, 0], [1, 1]]];
const G = [[[0.5, 0.5], [0.5, 0.5]], [[-1, 0], [0, -1]]];

export default defineTests({
  cases: [
    { name: 'worked example: two channels, 2×2', sample: true, args: [A, G] },
    { name: 'one channel', sample: true, args: [[[[0, 1, 2], [3, 4, 5]]], [[[1, 1, 1], [1, 1, 1]]]] },
    { name: 'every weighted sum negative gives zeros', args: [[[[1, 2], [3, 4]]], [[[-1, -1], [-1, -1]]]] },
    { name: 'a constant map gives zeros', args: [[[[2, 2], [2, 2]], [[1, 1], [1, 1]]], [[[0.3, 0.1], [0.2, 0.4]], [[0.5, 0.5], [0.5, 0.5]]]] },
    { name: 'single pixel', args: [[[[3]], [[-2]]], [[[0.5]], [[0.25]]]] },
    { name: 'the weights are spatial means, not maxima', args: [[[[1, 0], [0, 0]], [[0, 0], [0, 1]]], [[[4, 0], [0, 0]], [[1, 1], [1, 1]]]] },
    { name: 'negative regions are cut before normalizing', args: [[[[1, -3], [2, 0]], [[0, 1], [1, 0]]], [[[1, 1], [1, 1]], [[0.5, 0.5], [0.5, 0.5]]]] },
    { name: 'non-square map', args: randomCase(5001, 3, 4, 7) },
    { name: 'shape mismatch throws', args: [A, [[[1, 1], [1, 1]]]], expectError: true },
    { name: 'empty map throws', args: [[[]], [[]]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(5020 + i);
      return { name: `random ${i + 1}`, args: randomCase(5040 + i, r.int(1, 8), r.int(1, 9), r.int(1, 9)) };
    }),
    { name: 'large: 64 channels, 14×14', args: randomCase(5099, 64, 14, 14), weight: 2 },
  ],
});
