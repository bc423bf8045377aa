import { defineTests, rng } from '../../grader/kit.ts';

/** A random game: coalition values built from random pairwise synergies plus noise. */
function randomGame(seed: number, n: number): [number, number[]] {
  const r = rng(seed);
  const solo = r.vector(n, -1, 3);
  const pair = r.matrix(n, n, -1, 1);
  const v = Array.from({ length: 2 ** n }, (_, mask) => {
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (!((mask >> i) & 1)) continue;
      total += solo[i]!;
      for (let j = i + 1; j < n; j++) if ((mask >> j) & 1) total += pair[i]![j]!;
    }
    return total + (mask === 0 ? 0 : r.normal(0, 0.1));
  });
  return [n, v];
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [3, [0, 10, 20, 40, 0, 10, 20, 60]] },
    { name: 'a glove game', sample: true, args: [3, [0, 0, 0, 1, 0, 1, 0, 1]] },
    { name: 'one player', args: [1, [2, 5]] },
    { name: 'an additive game', args: [3, [1, 3, 0, 2, 5, 7, 4, 6]] },
    { name: 'a dummy player gets zero', args: [3, [0, 4, 4, 9, 0, 4, 4, 9]] },
    { name: 'symmetric players share equally', args: [2, [0, 3, 3, 10]] },
    { name: 'a non-zero empty coalition', args: [2, [5, 7, 6, 12]] },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomGame(33100 + i, [4, 5, 6, 8, 10][i]!) })),
    { name: 'large: 16 players', args: randomGame(33200, 16), weight: 2 },
    { name: 'a table of the wrong size throws', expectError: true, args: [3, [0, 1, 2, 3]] },
    { name: 'zero players throws', expectError: true, args: [0, [0]] },
    { name: 'a fractional n throws', expectError: true, args: [1.5, [0, 1]] },
    { name: 'a NaN value throws', expectError: true, args: [1, [0, Number.NaN]] },
  ],
});
