import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'worked example: window 1, token 0 global', sample: true, args: [6, 1, [0]] },
    { name: 'window 2, no global tokens', sample: true, args: [5, 2, []] },
    { name: 'window 0 without globals is the identity', args: [5, 0, []] },
    { name: 'window 0 with globals', args: [7, 0, [2, 5]] },
    { name: 'window reaching the ends gives a full mask', args: [6, 5, []] },
    { name: 'window larger than the sequence', args: [4, 10, [1]] },
    { name: 'every token global', args: [5, 0, [0, 1, 2, 3, 4]] },
    { name: 'duplicate global indices', args: [8, 1, [3, 3, 7, 3]] },
    { name: 'global token in the middle, unsorted list', args: [9, 1, [6, 2]] },
    { name: 'single token', args: [1, 0, [0]] },
    { name: 'empty sequence', args: [0, 3, []] },
    { name: 'global index out of range throws', args: [5, 1, [5]], expectError: true },
    { name: 'negative window throws', args: [5, -1, []], expectError: true },
    { name: 'non-integer length throws', args: [4.5, 1, []], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(800 + i);
      const n = r.int(2, 40);
      const g = Array.from({ length: r.int(0, 4) }, () => r.int(0, n - 1));
      return { name: `random ${i + 1}`, args: [n, r.int(0, 6), g] };
    }),
    { name: 'large: 1024 tokens, window 64, 4 globals', args: [1024, 64, [0, 1, 511, 1023]], weight: 2 },
  ],
});
