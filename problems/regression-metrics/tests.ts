import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, noise: number): number[][] {
  const r = rng(seed);
  const y = Array.from({ length: n }, () => r.uniform(1, 50) * (r.uniform() < 0.2 ? -1 : 1));
  return [y, y.map((v) => v + noise * r.normal())];
}

export default defineTests({
  cases: [
    { name: 'reversed predictions (negative R²)', sample: true, args: [[1, 2, 3], [3, 2, 1]] },
    { name: 'good fit', sample: true, args: [[3, -0.5, 2, 7], [2.5, 0, 2, 8]] },
    { name: 'perfect predictions', args: [[1.5, 2.5, -3], [1.5, 2.5, -3]] },
    { name: 'constant target, perfect', args: [[4, 4, 4], [4, 4, 4]] },
    { name: 'constant target, imperfect', args: [[4, 4, 4], [4, 5, 3]] },
    { name: 'single sample', args: [[2], [2.5]] },
    { name: 'zero in the targets', args: [[0, 1, 2], [0.5, 1, 2]] },
    { name: 'predicting the mean', args: [[1, 2, 3, 4], [2.5, 2.5, 2.5, 2.5]] },
    { name: 'worse than the mean: negative R²', args: [[2, 4, 6, 8], [9, 1, 7, 0]] },
    { name: 'empty input throws', args: [[], []], expectError: true },
    { name: 'length mismatch throws', args: [[1, 2], [1]], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(3300 + i, 5 + 10 * i, [0.1, 1, 10, 100][i % 4]!) })),
    { name: 'large', args: randomCase(3400, 100000, 3), weight: 2 },
  ],
});
