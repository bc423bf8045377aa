import { defineTests, rng } from '../../grader/kit.ts';

const range = (n: number) => Array.from({ length: n }, (_, k) => k);

/** Poisson draws by inversion from the seeded generator. */
function poisson(r: ReturnType<typeof rng>, lambda: number): number {
  let k = 0, p = Math.exp(-lambda), cdf = p;
  const u = r.uniform();
  while (u > cdf && k < 10_000) { k++; p *= lambda / k; cdf += p; }
  return k;
}

export default defineTests({
  cases: [
    { name: 'one week of counts', sample: true, args: [[3, 5, 2, 4, 6, 3, 5], 2, 1, [0, 2, 4, 6]] },
    { name: 'no data: the prior predictive', sample: true, args: [[], 3, 2, [0, 1, 2]] },
    { name: 'small shape, no events', args: [[0, 0], 0.5, 1, [0, 1]] },
    { name: 'shape exactly 1', args: [[0, 0, 0], 1, 1, [0, 1]] },
    { name: 'thousands of events', args: [[1010, 995, 1003, 987], 1, 0.01, [980, 1000, 1020]] },
    { name: 'large query far in the tail', args: [[2, 1, 3], 1, 1, [50, 200]] },
    { name: 'fractional prior', args: [[7, 9, 8], 2.5, 0.4, [5, 8, 12]] },
    { name: 'no queries', args: [[1, 2], 1, 1, []] },
    { name: 'negative count throws', args: [[1, -2], 1, 1, [0]], expectError: true },
    { name: 'fractional count throws', args: [[1.5], 1, 1, [0]], expectError: true },
    { name: 'zero rate throws', args: [[1, 2], 1, 0, [0]], expectError: true },
    { name: 'negative query throws', args: [[1, 2], 1, 1, [-1]], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(3800 + i);
      const lambda = r.uniform(0.2, 30);
      return { name: `random ${i + 1}`, args: [Array.from({ length: 3 + 10 * i }, () => poisson(r, lambda)), Math.round(r.uniform(0.5, 5) * 10) / 10, Math.round(r.uniform(0.1, 3) * 10) / 10, range(8).map((k) => Math.round(k * lambda / 3))] };
    }),
    { name: 'large: predictive over 0..9999', args: [[12, 9, 15, 11], 2, 0.5, range(10_000)], weight: 2 },
  ],
});
