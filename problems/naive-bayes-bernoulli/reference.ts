// Reference: plain float64 in log space, normalised with log-sum-exp.
import { logSumExp } from '../../grader/reference-kit/gaussian-mixture.ts';

type Result = { classes: number[]; logProba: number[][]; predictions: number[] };

export function bernoulliNb(Xtrain: number[][], ytrain: number[], Xtest: number[][], alpha: number): Result {
  const n = Xtrain.length;
  if (n === 0) throw new Error('Xtrain is empty');
  const d = Xtrain[0]!.length;
  if (d === 0 || [...Xtrain, ...Xtest].some((r) => r.length !== d)) throw new Error('every row must have the same length >= 1');
  if ([...Xtrain, ...Xtest].some((r) => r.some((v) => v !== 0 && v !== 1))) throw new Error('features must be 0 or 1');
  if (ytrain.length !== n || ytrain.some((v) => !Number.isFinite(v))) throw new Error('one finite label per training row');
  if (!(alpha > 0) || !Number.isFinite(alpha)) throw new Error('alpha must be positive');
  const classes = [...new Set(ytrain)].sort((a, b) => a - b);
  const stats = classes.map((c) => {
    const rows = Xtrain.filter((_, i) => ytrain[i] === c);
    const p = Array.from({ length: d }, (_, j) => (rows.reduce((s, r) => s + r[j]!, 0) + alpha) / (rows.length + 2 * alpha));
    return { logPrior: Math.log(rows.length / n), logP: p.map(Math.log), log1mP: p.map((v) => Math.log1p(-v)) };
  });
  const logProba = Xtest.map((x) => {
    const joint = stats.map((s) => x.reduce((acc, v, j) => acc + (v === 1 ? s.logP[j]! : s.log1mP[j]!), s.logPrior));
    const lse = logSumExp(joint);
    return joint.map((v) => v - lse);
  });
  const predictions = logProba.map((row) => classes[row.reduce((b, v, k) => (v > row[b]! ? k : b), 0)]!);
  return { classes, logProba, predictions };
}
