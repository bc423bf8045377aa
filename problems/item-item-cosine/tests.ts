import { defineTests, rng } from '../../grader/kit.ts';
import { itemItemTopK } from './reference.ts';

/**
 * Sparse purchase counts with a few items nobody bought; redraws until, within every list and one past
 * it, neighbouring similarities are equal exactly or at least 1e-9 apart.
 */
function randomCase(seed: number, users: number, items: number, k: number) {
  const r = rng(seed);
  for (;;) {
    const popularity = Array.from({ length: items }, (_, i) => (i % 7 === 3 ? 0 : r.uniform(0.05, 0.5)));
    const R = Array.from({ length: users }, () => popularity.map((p) => (r.uniform() < p ? r.int(1, 3) : 0)));
    const { similarity } = itemItemTopK(R, k);
    const clear = similarity.every((row, i) => {
      const sorted = row.filter((_, j) => j !== i).sort((a, b) => b - a).slice(0, k + 1);
      return sorted.every((s, t) => t === 0 || s === sorted[t - 1] || sorted[t - 1]! - s > 1e-9);
    });
    if (clear) return [R, k];
  }
}

const example = [[1, 1, 0, 0], [1, 1, 1, 0], [0, 0, 1, 0], [1, 0, 0, 0]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [example, 2] },
    { name: 'ratings instead of counts', sample: true, args: [[[5, 3, 0], [4, 0, 1], [1, 1, 5]], 1] },
    { name: 'an item without interactions', args: [[[1, 0, 2], [0, 0, 1], [3, 0, 0]], 2] },
    { name: 'identical items have similarity 1', args: [[[1, 1, 0], [2, 2, 1], [0, 0, 1]], 1] },
    { name: 'exact ties go to the lower index', args: [[[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]], 3] },
    { name: 'k larger than the number of other items', args: [example, 10] },
    { name: 'k = 0', args: [example, 0] },
    { name: 'a single user', args: [[[1, 0, 3, 2]], 2] },
    { name: 'a single item', args: [[[1], [2]], 1] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(32100 + i);
      const items = r.int(4, 25);
      return { name: `random ${i + 1}`, args: randomCase(32200 + i, r.int(5, 40), items, r.int(1, items - 1)) };
    }),
    { name: 'large: 300 users, 150 items', args: randomCase(32300, 300, 150, 10), weight: 2 },
    { name: 'an empty matrix throws', expectError: true, args: [[], 2] },
    { name: 'ragged rows throw', expectError: true, args: [[[1, 0], [1]], 1] },
    { name: 'a negative k throws', expectError: true, args: [example, -1] },
    { name: 'a NaN interaction throws', expectError: true, args: [[[1, Number.NaN]], 1] },
  ],
});
