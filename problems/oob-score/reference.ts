// Reference: plain float64 masked averages.
import { argmaxLowest } from '../../grader/reference-kit/cart.ts';

export function oobScore(probas: number[][][], inBagCounts: number[][], y: number[]): { oobProba: number[][]; score: number } {
  const M = probas.length;
  if (M === 0) throw new Error('at least one tree is needed');
  if (inBagCounts.length !== M) throw new Error('one in-bag count vector per tree');
  const n = y.length;
  const K = probas[0]![0]?.length ?? 0;
  if (n === 0 || K === 0) throw new Error('no samples or no classes');
  for (let m = 0; m < M; m++) {
    if (probas[m]!.length !== n || inBagCounts[m]!.length !== n) throw new Error('every tree needs one probability row and one count per sample');
    if (probas[m]!.some((row) => row.length !== K)) throw new Error('every probability row must have K entries');
    if (inBagCounts[m]!.some((c) => !Number.isInteger(c) || c < 0)) throw new Error('in-bag counts must be non-negative integers');
  }
  if (y.some((v) => !Number.isInteger(v) || v < 0 || v >= K)) throw new Error('labels must be integers in [0, K)');
  const oobProba: number[][] = [];
  let hits = 0, scored = 0;
  for (let i = 0; i < n; i++) {
    const sum = new Array<number>(K).fill(0);
    let trees = 0;
    for (let m = 0; m < M; m++) {
      if (inBagCounts[m]![i] !== 0) continue;
      trees++;
      probas[m]![i]!.forEach((v, k) => { sum[k]! += v; });
    }
    if (trees === 0) { oobProba.push(sum.map(() => Number.NaN)); continue; }
    const p = sum.map((v) => v / trees);
    oobProba.push(p);
    scored++;
    if (argmaxLowest(p) === y[i]) hits++;
  }
  return { oobProba, score: scored === 0 ? Number.NaN : hits / scored };
}
