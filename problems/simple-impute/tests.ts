import { defineTests, rng } from '../../grader/kit.ts';

function randomCase(seed: number, n: number, m: number, d: number, strategy: 'mean' | 'median'): unknown[] {
  const r = rng(seed);
  const miss = Array.from({ length: d }, () => r.uniform(0, 0.4));
  const gen = (k: number, shift: number) => Array.from({ length: k }, () => miss.map((p, j) => (r.uniform() < p ? NaN : Math.round((r.normal() * (j + 1) + shift) * 1000) / 1000)));
  const Xtrain = gen(n, 0);
  Xtrain[0] = Xtrain[0]!.map((v, j) => (Number.isNaN(v) ? j + 0.5 : v)); // every column observed at least once
  return [Xtrain, gen(m, 3), strategy];
}
const ex: unknown[] = [[[1, NaN], [NaN, 4], [5, 8], [6, 2]], [[NaN, NaN], [100, 1]]];

export default defineTests({
  cases: [
    { name: 'mean strategy', sample: true, args: [...ex, 'mean'] },
    { name: 'median strategy', sample: true, args: [...ex, 'median'] },
    { name: 'even count median', args: [[[1], [NaN], [7], [3], [10]], [[NaN]], 'median'] },
    { name: 'no missing values', args: [[[1, 2], [3, 4]], [[5, 6]], 'mean'] },
    { name: 'missing only in test', args: [[[1, 2], [3, 4]], [[NaN, 6], [5, NaN]], 'median'] },
    { name: 'infinity is a value', args: [[[1], [Infinity], [NaN]], [[NaN]], 'mean'] },
    { name: 'infinity in a median', args: [[[1], [Infinity], [NaN], [-2]], [[NaN]], 'median'] },
    { name: 'empty test split', args: [[[NaN, 1], [2, NaN]], [], 'mean'] },
    { name: 'all-NaN training column throws', args: [[[1, NaN], [2, NaN]], [[1, 1]], 'mean'], expectError: true },
    { name: 'no training rows throws', args: [[], [[1]], 'median'], expectError: true },
    { name: 'column mismatch throws', args: [[[1, 2]], [[1, 2, 3]], 'mean'], expectError: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(2100 + i, 6 + 5 * i, 4 + i, 2 + (i % 3), i % 2 ? 'median' : 'mean') })),
    { name: 'large', args: randomCase(2200, 5000, 2000, 20, 'median'), weight: 2 },
  ],
});
