import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[][], number, number, number, number];

function randomCase(seed: number, B: number, maxTokens: number, maxLen: number): Args {
  const r = rng(seed);
  return [Array.from({ length: B }, () => Array.from({ length: r.int(0, maxTokens) }, () => r.int(999, 29999))), maxLen, 101, 102, 0];
}

export default defineTests({
  cases: [
    { name: 'worked example: pad to the longest', sample: true, args: [[[7592, 2088], [1996, 4248, 2829, 4419]], 8, 101, 102, 0] },
    { name: 'truncation keeps room for the special tokens', sample: true, args: [[[1, 2, 3, 4, 5, 6], [9]], 5, 101, 102, 0] },
    { name: 'a batch of one needs no padding', args: [[[5, 6, 7]], 16, 101, 102, 0] },
    { name: 'empty sequence becomes [CLS] [SEP]', args: [[[], [42, 43]], 10, 101, 102, 0] },
    { name: 'every sequence longer than maxLen', args: [[[1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]], 4, 101, 102, 0] },
    { name: 'maxLen 2 keeps only the special tokens', args: [[[1, 2], [3]], 2, 101, 102, 0] },
    { name: 'custom special token ids', args: [[[10, 11, 12], [13]], 6, 1, 2, 3] },
    { name: 'empty batch', args: [[], 8, 101, 102, 0] },
    { name: 'maxLen below 2 throws', args: [[[1, 2]], 1, 101, 102, 0], expectError: true },
    { name: 'negative token id throws', args: [[[1, -2]], 8, 101, 102, 0], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(3820 + i);
      return { name: `random ${i + 1}`, args: randomCase(3840 + i, r.int(1, 6), r.int(0, 20), r.int(2, 16)) };
    }),
    { name: 'large: 64 sequences, maxLen 128', args: randomCase(3899, 64, 200, 128), weight: 2 },
  ],
});
