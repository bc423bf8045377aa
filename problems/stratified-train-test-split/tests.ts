import { defineTests, rng } from '../../grader/kit.ts';

/** Labels with the given class sizes (shuffled) and a random permutation as the order. */
function labelled(seed: number, sizes: number[], labels?: number[]) {
  const r = rng(seed);
  const y = sizes.flatMap((k, c) => new Array<number>(k).fill(labels ? labels[c]! : c));
  for (let i = y.length - 1; i > 0; i--) { const j = r.int(0, i); [y[i], y[j]] = [y[j]!, y[i]!]; }
  const order = y.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = r.int(0, i); [order[i], order[j]] = [order[j]!, order[i]!]; }
  return [y, order];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[0, 0, 0, 1, 1, 1, 1, 1, 2, 2], [9, 3, 0, 5, 8, 1, 4, 7, 2, 6], 0.5] },
    { name: 'an imbalanced binary set', sample: true, args: [...labelled(7100, [18, 2]), 0.25] },
    { name: 'a remainder tie between classes', args: [[1, 0, 1, 0, 1, 0, 2, 1, 2, 1], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.5] },
    { name: '7 % of 100 rows', args: [...labelled(7101, [60, 40]), 0.07] },
    { name: 'a class with one row', args: [...labelled(7102, [10, 1, 9]), 0.3] },
    { name: 'more classes than test rows', args: [...labelled(7103, [3, 3, 3, 3, 3]), 0.2] },
    { name: 'test fraction 0', args: [...labelled(7104, [5, 5]), 0] },
    { name: 'negative and large labels', args: [...labelled(7105, [7, 4, 9], [-3, 1000, 5]), 0.4] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(7110 + i);
      return { name: `random ${i + 1}`, args: [...labelled(7120 + i, Array.from({ length: r.int(2, 6) }, () => r.int(1, 40))), Math.round(r.uniform(0.05, 0.5) * 100) / 100] };
    }),
    { name: 'large: 50000 rows, 10 classes', args: [...labelled(7200, Array.from({ length: 10 }, (_, c) => 1000 + 750 * c)), 0.2], weight: 2 },
    { name: 'an order that is not a permutation throws', args: [[0, 1, 0], [0, 0, 2], 0.3], expectError: true },
    { name: 'test fraction 1 throws', args: [[0, 1, 0, 1], [0, 1, 2, 3], 1], expectError: true },
  ],
});
