import { defineTests, rng } from '../../grader/kit.ts';
import { monitoringChecks } from './reference.ts';

const EX = { exact: true };
const TOL = { rtol: 1e-12, atol: 1e-12, fields: { drifted: EX, predictionDrift: EX, missingFlag: EX } };

/** Random window; redraw when any z, Δ or missing rate is within 1e-6 of its threshold. */
function randomCase(seed: number, n: number, m: number, d: number): unknown[] {
  const r = rng(seed);
  for (;;) {
    const mus = Array.from({ length: d }, () => r.uniform(-5, 5));
    const sds = Array.from({ length: d }, () => r.uniform(0.5, 3));
    const shift = Array.from({ length: d }, () => (r.uniform() < 0.4 ? r.uniform(-5, 5) : r.uniform(-0.3, 0.3)));
    const missP = Array.from({ length: d }, () => (r.uniform() < 0.4 ? r.uniform(0, 0.3) : 0));
    const Xtrain = Array.from({ length: n }, () => mus.map((mu, j) => mu + sds[j]! * r.normal()));
    const Xcur = Array.from({ length: m }, () => mus.map((mu, j) => (r.uniform() < missP[j]! ? NaN : mu + shift[j]! * sds[j]! + sds[j]! * r.normal())));
    const pt = Array.from({ length: n }, () => r.uniform(0, 1));
    const pc = Array.from({ length: m }, () => r.uniform(0, 1) * r.uniform(0.6, 1.4));
    const args: unknown[] = [Xtrain, pt, Xcur, pc, 0.15, 0.1];
    const o = monitoringChecks(Xtrain, pt, Xcur, pc, 0.15, 0.1);
    const near = o.zScores.some((z) => Math.abs(z - 2) < 1e-6) || Math.abs(o.predictionRelChange - 0.15) < 1e-6 || o.missingRates.some((q) => Math.abs(q - 0.1) < 1e-6);
    if (!near) return args;
  }
}

export default defineTests({
  cases: [
    { name: 'worked example', sample: true, args: [[[0, 10], [2, 10]], [0.4, 0.6], [[3, 11], [NaN, 12], [3, NaN], [3, 13]], [0.5, 0.75], 0.2, 0.2] },
    { name: 'clear drift in one feature', sample: true, args: [[[1, 5], [3, 7], [2, 6]], [0.2, 0.3, 0.4], [[9, 6], [10, 6]], [0.3, 0.3], 0.15, 0.1] },
    { name: 'z exactly 2 is not flagged', args: [[[0], [2]], [1, 1], [[3], [3]], [1, 1], 0.1, 0.1] },
    { name: 'constant training feature', args: [[[4, 1], [4, 2]], [1, 2], [[100, 1.5]], [1.5], 0.1, 0.1] },
    { name: 'NaN in current data is ignored', args: [[[0], [1], [2], [3]], [0.5, 0.5], [[NaN], [9], [10], [NaN]], [0.5], 0.1, 0.4] },
    { name: 'all-NaN current column', args: [[[0, 1], [2, 3]], [0.5, 0.5], [[NaN, 1], [NaN, 2]], [0.5], 0.1, 0.5] },
    { name: 'baseline prediction mean zero', args: [[[1], [2]], [-1, 1], [[1.5]], [0.3, 0.1], 0.15, 0.1] },
    { name: 'prediction change exactly at threshold', args: [[[1], [2]], [0.5, 0.5], [[1.5]], [0.625], 0.25, 0.1] },
    { name: 'missing rate exactly at threshold', args: [[[1], [2]], [1], [[NaN], [1], [1], [1]], [1], 0.1, 0.25] },
    { name: 'empty current window throws', args: [[[1], [2]], [1], [], [1], 0.1, 0.1], expectError: true },
    { name: 'ragged rows throw', args: [[[1, 2], [3]], [1], [[1, 2]], [1], 0.1, 0.1], expectError: true },
    { name: 'feature count mismatch throws', args: [[[1, 2], [3, 4]], [1], [[1, 2, 3]], [1], 0.1, 0.1], expectError: true },
    { name: 'NaN in the current predictions throws', args: [[[1, 2], [3, 4]], [0.5, 0.5], [[1, 2]], [0.4, NaN], 0.1, 0.1], expectError: true },
    { name: 'empty current predictions throw', args: [[[1, 2], [3, 4]], [0.5, 0.5], [[1, 2]], [], 0.1, 0.1], expectError: true },
    { name: 'NaN in training data throws', args: [[[1, NaN], [3, 4]], [1], [[1, 2]], [1], 0.1, 0.1], expectError: true },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `random ${i + 1}`, args: randomCase(1500 + i, 50 + 20 * i, 30 + 10 * i, 3 + i) })),
    { name: 'large window', args: randomCase(1600, 5000, 5000, 20), weight: 2 },
  ].map((c) => ({ ...c, tolerance: TOL })),
});
