import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, N: number, K: number, scale: number) {
  const r = rng(seed);
  return [r.matrix(N, K, -scale, scale), Array.from({ length: N }, () => r.int(0, K - 1)), r.uniform(0.01, 0.3)];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[2, 1, 0], [0, 0, 3]], [0, 1], 0.1] },
    { name: 'binary classes', sample: true, args: [[[0.5, -0.5], [-1, 2], [3, 3]], [0, 1, 1], 0.2] },
    { name: 'alpha = 0 is plain cross-entropy', args: [[[2, 1, 0], [0, 0, 3]], [0, 2], 0] },
    { name: 'alpha = 1 gives uniform targets', args: [[[2, 1, 0, -1], [0, 0, 3, 1]], [0, 2], 1] },
    { name: 'logits of ±1000', args: [[[1000, -1000, 0], [-1000, 1000, 999]], [0, 2], 0.1] },
    { name: 'a single class', args: [[[3], [-2]], [0, 0], 0.5] },
    { name: 'equal logits', args: [[[1, 1, 1, 1]], [3], 0.2] },
    { name: 'one row, many classes', args: randomCase(8000, 1, 50, 5) },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(8100 + i);
      return { name: `random ${i + 1}`, args: randomCase(8200 + i, r.int(2, 20), r.int(2, 12), [1, 3, 10, 30, 100][i]!) };
    }),
    { name: 'large: 1000 rows, 50 classes', args: randomCase(8300, 1000, 50, 8), weight: 2 },
    { name: 'alpha above 1 throws', expectError: true, args: [[[1, 2]], [0], 1.5] },
    { name: 'negative alpha throws', expectError: true, args: [[[1, 2]], [0], -0.1] },
    { name: 'label out of range throws', expectError: true, args: [[[1, 2]], [2], 0.1] },
    { name: 'fractional label throws', expectError: true, args: [[[1, 2]], [0.5], 0.1] },
    { name: 'ragged logits throw', expectError: true, args: [[[1, 2], [1]], [0, 0], 0.1] },
    { name: 'mismatched labels throw', expectError: true, args: [[[1, 2], [3, 4]], [0], 0.1] },
    { name: 'no rows throws', expectError: true, args: [[], [], 0.1] },
  ],
});
