import { defineTests, rng, type TestCase } from '../../grader/kit.ts';
import { adaboostTrace } from './reference.ts';

type Args = [number[][], number[], number, number[][]];

/**
 * Noisy linearly separable-ish data. Redraws until every round's best weighted error beats the
 * second best by more than 1e-9, no round's error is within 1e-9 of 0.5, and no test score is within
 * 1e-9 of 0: no near-ties, so float rounding cannot change a decision.
 */
function randomCase(seed: number, n: number, p: number, T: number, nTest: number, noise = 0.4): Args {
  const r = rng(seed);
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const w = r.vector(p, -1, 1);
    const X = r.matrix(n, p, -2, 2).map((row) => row.map((v) => Math.round(v * 1000) / 1000));
    const y = X.map((x) => (x.reduce((a, v, j) => a + v * w[j]!, 0) + noise * r.normal() > 0 ? 1 : -1));
    if (y.every((v) => v === y[0])) continue;
    const Xtest = r.matrix(nTest, p, -2.5, 2.5);
    const tr = adaboostTrace(X, y, T, Xtest);
    const ok = tr.gaps.every((g) => g > 1e-9) && tr.errors.every((e) => Math.abs(e - 0.5) > 1e-9) && (nTest === 0 || tr.minAbsScore > 1e-9);
    if (ok) return [X, y, T, Xtest];
  }
  throw new Error(`adaboost tests: no tie-free draw for seed ${seed}`);
}

const cases: TestCase[] = [
  {
    name: 'one feature, three rounds',
    sample: true,
    args: [[[1], [2], [3], [4], [5], [6], [7], [8]], [1, -1, 1, 1, -1, -1, -1, -1], 3, [[0], [2.2], [3.9], [7.5], [9]]],
  },
  {
    name: 'separable by one stump',
    sample: true,
    args: [[[1, 5], [2, 3], [3, 4], [4, 1]], [-1, -1, 1, 1], 5, [[0, 0], [2.5, 9], [3.5, -9]]],
  },
  { name: 'weighted error exactly 0.5 (XOR)', args: [[[0, 0], [0, 1], [1, 0], [1, 1]], [-1, 1, 1, -1], 4, [[0, 0], [1, 1]]] },
  { name: 'tie between features goes to the lower feature', args: [[[1, 1], [2, 2], [3, 3], [4, 4]], [-1, -1, 1, -1], 1, [[2.4, 0], [2.6, 9]]] },
  { name: 'tie between thresholds goes to the lower threshold', args: [[[1], [2], [3], [4], [5], [6], [7], [8]], [-1, -1, 1, -1, 1, 1, 1, 1], 1, [[0], [3], [9]]] },
  { name: 'constant feature is skipped', args: [[[3, 0.5], [3, 1.5], [3, 2.5], [3, 3.5], [3, 4.5]], [-1, 1, 1, -1, -1], 3, [[3, 0], [3, 1.2], [3, 5]]] },
  { name: 'every feature constant', args: [[[2, 7], [2, 7], [2, 7]], [1, -1, 1], 3, [[1, 1], [5, 5]]] },
  { name: 'zero rounds', args: [[[1], [2], [3]], [1, -1, 1], 0, [[0], [2], [4]]] },
  { name: 'one round', args: randomCase(1101, 12, 2, 1, 6) },
  { name: 'perfect stump: finite weight, then boosting stops', args: [[[1, 5], [2, 3], [3, 9], [4, 1], [5, 4]], [-1, -1, 1, 1, 1], 6, [[2.4, 0], [2.6, 0]]] },
  { name: 'X and y of different lengths throw', args: [[[1], [2], [3]], [1, -1], 2, [[1]]], expectError: true },
  { name: 'labels 0/1 must throw', args: [[[1], [2], [3], [4]], [0, 0, 1, 1], 3, [[1]]], expectError: true },
  ...Array.from({ length: 6 }, (_, i) => {
    const r = rng(1110 + i);
    return { name: `random ${i + 1}`, args: randomCase(1120 + i, r.int(8, 40), r.int(1, 4), r.int(2, 12), r.int(1, 10)) };
  }),
  { name: 'large: 400 points, 6 features, 25 rounds', args: randomCase(1199, 400, 6, 25, 200, 0.6), weight: 2 },
];

// stumps hold midpoints (a+b)/2, compared to 1e-12; predictions are ±1 and compared exactly
const tolerance = { rtol: 1e-10, atol: 1e-12, fields: { stumps: { rtol: 1e-12, atol: 1e-12 }, predictions: { exact: true } } };

export default defineTests({ cases: cases.map((c) => ({ ...c, tolerance })) });
