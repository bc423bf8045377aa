import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[1, 2], [3, 4]], 4, 4] },
    { name: 'a 7×7 heat map to 14×10', sample: true, args: [rng(5400).matrix(7, 7), 14, 10] },
    { name: 'upsampling 3×3 to 7×5', args: [[[0, 1, 4], [2, -1, 3], [5, 5, 0]], 7, 5] },
    { name: 'downsampling 8×6 to 3×2', args: [rng(5401).matrix(8, 6, -2, 2), 3, 2] },
    { name: 'same size is a copy', args: [rng(5402).matrix(5, 4), 5, 4] },
    { name: 'a 1×1 input', args: [[[3.5]], 4, 6] },
    { name: 'non-integer ratios 5×7 to 3×4', args: [rng(5403).matrix(5, 7), 3, 4] },
    { name: 'a single row', args: [[[1, 4, 2, 8]], 3, 9] },
    ...Array.from({ length: 4 }, (_, i) => {
      const r = rng(5410 + i);
      return { name: `random ${i + 1}`, args: [r.matrix(r.int(2, 9), r.int(2, 9), -5, 5), r.int(1, 20), r.int(1, 20)] };
    }),
    { name: 'large: 14×14 to 224×224', args: [rng(5500).matrix(14, 14), 224, 224], weight: 2 },
    { name: 'an empty map throws', args: [[], 2, 2], expectError: true },
    { name: 'a zero output size throws', args: [[[1, 2]], 0, 3], expectError: true },
    { name: 'a ragged map throws', args: [[[1, 2], [3]], 2, 2], expectError: true },
  ],
});
