import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, m: number, K: number) {
  const r = rng(seed);
  const pool = Array.from({ length: K }, () => r.int(-1000, 1000) / 4);
  const train = [...pool, ...Array.from({ length: n - K }, () => pool[r.int(0, K - 1)]!)];
  for (let i = train.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [train[i], train[j]] = [train[j]!, train[i]!];
  }
  return [train, Array.from({ length: m }, () => train[r.int(0, n - 1)]!)];
}

const big = (() => {
  const r = rng(12400);
  const train = Array.from({ length: 100000 }, (_, i) => (i < 50000 ? i * 3 - 75000 : r.int(0, 49999) * 3 - 75000));
  return [train, Array.from({ length: 100000 }, () => train[r.int(0, 99999)]!)];
})();

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[10, 2, 10, -3, 2], [2, -3, 10, 10]] },
    { name: 'fractional labels', sample: true, args: [[0.5, 0.25, 0.75, 0.5], [0.75, 0.25]] },
    { name: 'multi-digit and negative labels', args: [[100, 9, -20, 30, -3, 9], [9, 100, -3, -20, 30]] },
    { name: 'one class', args: [[7, 7, 7], [7, 7]] },
    { name: 'nothing to apply', args: [[3, 1, 2], []] },
    { name: '-0 and 0 are one class', args: [[0, -0, 1, -1], [-0, 0, 1]] },
    { name: 'already sorted labels', args: [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(12100 + i);
      const K = r.int(2, 30);
      return { name: `random ${i + 1}`, args: randomCase(12200 + i, r.int(K, 200), r.int(0, 100), K) };
    }),
    { name: 'large: 100000 labels, 50000 classes', args: big, weight: 2 },
    { name: 'an unseen label throws', expectError: true, args: [[1, 2, 3], [2, 4]] },
    { name: 'empty train throws', expectError: true, args: [[], []] },
    { name: 'NaN label throws', expectError: true, args: [[1, Number.NaN], [1]] },
  ],
});
