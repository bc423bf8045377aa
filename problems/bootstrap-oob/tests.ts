import { defineTests, rng } from '../../grader/kit.ts';

const EXACT = { rtol: 0, atol: 0 };

function randomDraws(seed: number, n: number, M: number, size = n): number[][] {
  const r = rng(seed);
  return Array.from({ length: M }, () => Array.from({ length: size }, () => r.int(0, n - 1)));
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: EXACT, args: [5, [[0, 0, 3, 4, 3], [1, 2, 2, 0, 4]], 10, 'sqrt'] },
    { name: 'log2 of 2 features', sample: true, tolerance: EXACT, args: [3, [[2, 2, 2]], 2, 'log2'] },
    { name: 'an index drawn several times', tolerance: EXACT, args: [4, [[1, 1, 1, 1], [3, 0, 3, 0]], 9, 'sqrt'] },
    { name: 'a sample that is never out of bag', tolerance: EXACT, args: [3, [[0, 1, 2], [0, 0, 1], [0, 2, 2]], 4, 'all'] },
    { name: 'one feature with log2', tolerance: EXACT, args: [2, [[0, 1]], 1, 'log2'] },
    { name: 'log2 of 6 features rounds down', tolerance: EXACT, args: [2, [[0, 0]], 6, 'log2'] },
    { name: 'sqrt of a perfect square', tolerance: EXACT, args: [2, [[1, 1]], 16, 'sqrt'] },
    { name: 'sqrt of 15 features', tolerance: EXACT, args: [2, [[1, 0]], 15, 'sqrt'] },
    { name: 'a fraction of the features', tolerance: EXACT, args: [2, [[1, 1]], 10, 0.35] },
    { name: 'a tiny fraction still gives one feature', tolerance: EXACT, args: [2, [[0, 1]], 10, 0.01] },
    { name: 'a fraction whose product falls just below an integer', tolerance: EXACT, args: [2, [[0, 1]], 100, 0.29] },
    { name: 'no trees', tolerance: EXACT, args: [3, [], 5, 'all'] },
    { name: 'subsampled draws (max_samples)', tolerance: EXACT, args: [10, randomDraws(9, 10, 4, 6), 12, 0.5] },
    { name: 'an index outside [0, n) throws', expectError: true, args: [3, [[0, 3]], 5, 'sqrt'] },
    { name: 'a fraction above 1 throws', expectError: true, args: [3, [[0]], 5, 1.5] },
    { name: 'an unknown rule throws', expectError: true, args: [3, [[0]], 5, 'third'] },
    { name: 'n of 0 throws', expectError: true, args: [0, [], 5, 'sqrt'] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(40 + i);
      const n = r.int(5, 40);
      const rule = (['sqrt', 'log2', 'all', 0.6, 'sqrt'] as const)[i]!;
      return { name: `random ${i + 1}`, tolerance: EXACT, args: [n, randomDraws(50 + i, n, r.int(1, 12)), r.int(1, 200), rule] };
    }),
    { name: 'large: 40 trees of 300 draws', tolerance: EXACT, weight: 2, args: [300, randomDraws(77, 300, 40), 1000, 'log2'] },
  ],
});
