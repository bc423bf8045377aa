import { defineTests, rng } from '../../grader/kit.ts';

/** Ordinal ratings: a true grade, and a prediction off by a rounded normal error, clipped to [0, K). */
function randomCase(seed: number, n: number, K: number, noise: number): [number[], number[], number] {
  const r = rng(seed);
  const yTrue = Array.from({ length: n }, () => r.int(0, K - 1));
  const yPred = yTrue.map((y) => Math.min(K - 1, Math.max(0, Math.round(y + r.normal(0, noise)))));
  return [yTrue, yPred, K];
}

export default defineTests({
  cases: [
    { name: 'five grades', sample: true, args: [[0, 1, 2, 3, 4, 2, 1, 3], [0, 2, 2, 3, 3, 1, 1, 4], 5] },
    { name: 'perfect agreement', sample: true, args: [[0, 2, 1, 2], [0, 2, 1, 2], 3] },
    { name: 'predictions off by two levels', args: [[0, 1, 2, 3, 4, 0, 4], [2, 3, 4, 1, 2, 0, 4], 5] },
    { name: 'off by one everywhere', args: [[0, 1, 2, 3], [1, 2, 3, 2], 4] },
    { name: 'two classes', args: [[0, 1, 1, 0, 1, 0], [0, 1, 0, 0, 1, 1], 2] },
    { name: 'a rating level nobody used', args: [[0, 0, 3, 3, 1, 3], [0, 1, 3, 1, 0, 3], 4] },
    { name: 'more levels than observed', args: [[1, 2, 2, 1], [1, 2, 1, 1], 6] },
    { name: 'reversed ratings', args: [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], 5] },
    { name: 'every rating in one class is NaN', args: [[2, 2, 2], [2, 2, 2], 4], nanEqual: true },
    { name: 'true ratings constant', args: [[1, 1, 1, 1], [0, 1, 2, 1], 3] },
    { name: 'rating out of range throws', args: [[0, 5], [0, 1], 5], expectError: true },
    { name: 'fractional rating throws', args: [[0, 1.5], [0, 1], 3], expectError: true },
    { name: 'one class throws', args: [[0, 0], [0, 0], 1], expectError: true },
    { name: 'length mismatch throws', args: [[0, 1, 2], [0, 1], 3], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(1900 + i, 20 + 30 * i, 3 + i, 0.6 + 0.3 * i) })),
    { name: 'large: 200000 ratings', args: randomCase(1999, 200_000, 6, 1.1), weight: 2 },
  ],
});
