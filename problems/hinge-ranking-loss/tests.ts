import { defineTests, rng } from '../../grader/kit.ts';

type Args = [number[], number[], number[][], number[]];

function randomCase(seed: number, n: number, items: number, numPairs: number): Args {
  const r = rng(seed);
  const y = Array.from({ length: n }, () => (r.uniform() < 0.5 ? 1 : -1));
  const pairs = Array.from({ length: numPairs }, () => [r.int(0, items - 1), r.int(0, items - 1)]);
  return [y, r.vector(n, -3, 3), pairs, r.vector(items, -2, 2)];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[1, -1, 1, -1], [2, -0.5, 0.3, 1], [[0, 1], [0, 2], [2, 1]], [3, 1, 2.5]] },
    { name: 'margins of exactly 1 cost nothing', sample: true, args: [[1, -1], [1, -1], [[0, 1]], [2, 1]] },
    { name: 'no pairs gives a ranking loss of 0', args: [[1, -1, 1], [0.2, 0.4, -1], [], [1, 2]] },
    { name: 'a pair of an item with itself costs 1', args: [[1], [5], [[2, 2], [0, 0]], [0.3, 9, -4]] },
    { name: 'wrongly ordered pairs', args: [[-1, -1], [-3, 0.5], [[1, 0], [2, 0], [2, 1]], [5, 1, -2]] },
    { name: 'confident correct predictions give 0', args: [[1, -1, 1], [4, -7, 1.5], [[0, 1]], [10, 0]] },
    { name: 'no labelled examples', args: [[], [], [[0, 1]], [0, 0.25]] },
    { name: 'labels 0/1 throw', args: [[1, 0], [0.5, 0.5], [], [1]], expectError: true },
    { name: 'pair index out of range throws', args: [[1], [0.5], [[0, 3]], [1, 2, 3]], expectError: true },
    { name: 'length mismatch throws', args: [[1, -1], [0.5], [], [1]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => {
      const r = rng(1620 + i);
      return { name: `random ${i + 1}`, args: randomCase(1640 + i, r.int(1, 30), r.int(1, 10), r.int(0, 20)) };
    }),
    { name: 'large: 10000 examples and 10000 pairs', args: randomCase(1699, 10000, 2000, 10000), weight: 2 },
  ],
});
