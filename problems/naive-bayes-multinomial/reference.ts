// Reference: plain float64 in log space, normalised with log-sum-exp.
import { logSumExp } from '../../grader/reference-kit/gaussian-mixture.ts';

type Result = { classes: number[]; logProba: number[][]; predictions: number[] };

export function multinomialNb(Xtrain: number[][], ytrain: number[], Xtest: number[][], alpha: number): Result {
  const n = Xtrain.length;
  if (n === 0) throw new Error('Xtrain is empty');
  const V = Xtrain[0]!.length;
  if (V === 0 || [...Xtrain, ...Xtest].some((r) => r.length !== V)) throw new Error('every count vector must have the same length >= 1');
  if ([...Xtrain, ...Xtest].some((r) => r.some((v) => !(v >= 0) || !Number.isFinite(v)))) throw new Error('counts must be finite and >= 0');
  if (ytrain.length !== n || ytrain.some((v) => !Number.isFinite(v))) throw new Error('one finite label per training row');
  if (!(alpha > 0) || !Number.isFinite(alpha)) throw new Error('alpha must be positive');
  const classes = [...new Set(ytrain)].sort((a, b) => a - b);
  const logPrior = classes.map((c) => Math.log(ytrain.filter((v) => v === c).length / n));
  const logTheta = classes.map((c) => {
    const counts = new Array<number>(V).fill(0);
    Xtrain.forEach((r, i) => { if (ytrain[i] === c) r.forEach((v, j) => { counts[j]! += v; }); });
    const total = counts.reduce((s, v) => s + v, 0);
    return counts.map((v) => Math.log((v + alpha) / (total + alpha * V)));
  });
  const logProba = Xtest.map((x) => {
    const joint = classes.map((_, k) => x.reduce((s, v, j) => s + (v === 0 ? 0 : v * logTheta[k]![j]!), logPrior[k]!));
    const lse = logSumExp(joint);
    return joint.map((v) => v - lse);
  });
  const predictions = logProba.map((row) => classes[row.reduce((b, v, k) => (v > row[b]! ? k : b), 0)]!);
  return { classes, logProba, predictions };
}
