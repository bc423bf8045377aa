import { defineTests, rng, type Rng } from '../../grader/kit.ts';
import { oobScore } from './reference.ts';

const TOL = { rtol: 1e-9, atol: 1e-12 };

function probRow(r: Rng, K: number): number[] {
  const v = Array.from({ length: K }, () => r.uniform(0.01, 1) ** 2);
  const s = v.reduce((a, b) => a + b, 0);
  return v.map((x) => x / s);
}

/** Random per-tree probabilities and bootstrap counts; redraws until every OOB argmax is clear by 1e-6. */
function randomCase(seed: number, n: number, M: number, K: number) {
  const r = rng(seed);
  for (;;) {
    const probas = Array.from({ length: M }, () => Array.from({ length: n }, () => probRow(r, K)));
    const inBagCounts = Array.from({ length: M }, () => {
      const c = new Array<number>(n).fill(0);
      for (let j = 0; j < n; j++) c[r.int(0, n - 1)]!++;
      return c;
    });
    const y = Array.from({ length: n }, () => r.int(0, K - 1));
    const { oobProba } = oobScore(probas, inBagCounts, y);
    const clear = oobProba.every((p) => {
      if (Number.isNaN(p[0]!)) return true;
      const s = [...p].sort((a, b) => b - a);
      return s.length < 2 || s[0]! - s[1]! >= 1e-6;
    });
    if (clear) return [probas, inBagCounts, y];
  }
}

const probas = [
  [[0.8, 0.2], [0.3, 0.7], [0.65, 0.35], [0.1, 0.9]],
  [[0.6, 0.4], [0.5, 0.5], [0.2, 0.8], [0.3, 0.7]],
  [[0.9, 0.1], [0.2, 0.8], [0.7, 0.3], [0.4, 0.6]],
];
const counts = [[0, 1, 2, 1], [1, 0, 0, 3], [0, 2, 1, 1]];

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, tolerance: TOL, nanEqual: true, args: [probas, counts, [0, 1, 1, 1]] },
    { name: 'one tree', sample: true, tolerance: TOL, nanEqual: true, args: [[probas[0]!], [counts[0]!], [0, 1, 1, 1]] },
    { name: 'a sample never out of bag', tolerance: TOL, nanEqual: true, args: [probas, [[0, 1, 2, 1], [1, 0, 1, 3], [0, 2, 1, 1]], [0, 0, 1, 0]] },
    { name: 'no sample out of bag', tolerance: TOL, nanEqual: true, args: [[probas[0]!], [[1, 1, 1, 1]], [0, 1, 0, 1]] },
    { name: 'every sample out of bag of every tree', tolerance: TOL, args: [probas, [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]], [0, 1, 0, 1]] },
    { name: 'an argmax tie goes to the lower class', tolerance: TOL, args: [[[[0.75, 0.25, 0]], [[0.25, 0.75, 0]]], [[0], [0]], [1]] },
    { name: 'three classes', tolerance: TOL, nanEqual: true, args: randomCase(3, 12, 5, 3) },
    { name: 'mismatched tree counts throw', expectError: true, args: [probas, [counts[0]!], [0, 1, 1, 1]] },
    { name: 'a label outside [0, K) throws', expectError: true, args: [probas, counts, [0, 1, 2, 1]] },
    { name: 'a negative count throws', expectError: true, args: [probas, [[0, -1, 2, 1], counts[1]!, counts[2]!], [0, 1, 1, 1]] },
    { name: 'no trees throws', expectError: true, args: [[], [], [0]] },
    ...Array.from({ length: 5 }, (_, i) => {
      const r = rng(60 + i);
      return { name: `random ${i + 1}`, tolerance: TOL, nanEqual: true, args: randomCase(70 + i, r.int(5, 40), r.int(1, 15), r.int(2, 5)) };
    }),
    { name: 'large: 40 trees, 300 samples', tolerance: TOL, nanEqual: true, weight: 2, args: randomCase(88, 300, 40, 3) },
  ],
});
