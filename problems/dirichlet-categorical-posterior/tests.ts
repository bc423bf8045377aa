import { defineTests, rng } from '../../grader/kit.ts';

export default defineTests({
  cases: [
    { name: 'die rolls, uniform prior', sample: true, args: [[0, 2, 2, 1, 2, 0], [1, 1, 1]] },
    { name: 'no observations', sample: true, args: [[], [2, 3, 5]] },
    { name: 'three categories, one unseen', args: [[0, 0, 1, 0, 1], [2, 2, 2]] },
    { name: 'sparse prior', args: [[1, 1, 2], [0.5, 0.5, 0.5, 0.5]], nanEqual: true },
    { name: 'all concentrations exactly 1', args: [[], [1, 1, 1, 1]], nanEqual: true },
    { name: 'a concentration exactly 1 next to larger ones', args: [[0, 0], [1, 1, 3]] },
    { name: 'two categories (a Beta)', args: [[1, 0, 1, 1], [2, 2]] },
    { name: 'fractional prior', args: [[3, 3, 0], [0.7, 1.3, 2.2, 1.5]] },
    { name: 'index out of range throws', args: [[0, 3], [1, 1, 1]], expectError: true },
    { name: 'fractional index throws', args: [[0.5], [1, 1]], expectError: true },
    { name: 'zero concentration throws', args: [[0], [1, 0]], expectError: true },
    { name: 'one category throws', args: [[0], [1]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3900 + i);
      const K = 2 + 2 * i;
      return { name: `random ${i + 1}`, args: [Array.from({ length: 3 + 15 * i }, () => r.int(0, K - 1)), Array.from({ length: K }, () => Math.round(r.uniform(1, 5) * 100) / 100)] };
    }),
    { name: 'large: 200000 observations, 1000 categories', args: [Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 1000), Array.from({ length: 1000 }, (_, k) => 1 + (k % 3))], weight: 2 },
  ],
});
