/** Adversarial validation: out-of-fold logistic-GD scores for "is a test row", their tie-aware AUC, per-fold accuracy, shift flag. */
import { fitLogisticGd, predictProba } from '../../grader/reference-kit/logistic.ts';

/** Tie-aware ROC AUC by average ranks (Mann–Whitney U / (P·N)). */
export function tieAwareAuc(scores: number[], labels: number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  const rank = new Array<number>(scores.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]!] === scores[idx[i]!]) j++;
    for (let k = i; k <= j; k++) rank[idx[k]!] = (i + j) / 2 + 1;
    i = j + 1;
  }
  const P = labels.filter((l) => l === 1).length;
  const N = labels.length - P;
  const rankSum = labels.reduce((s, l, i) => s + (l === 1 ? rank[i]! : 0), 0);
  return (rankSum - (P * (P + 1)) / 2) / (P * N);
}

export function outOfFoldScores(X: number[][], labels: number[], folds: number[], K: number, lr: number, nIters: number): number[] {
  const scores = new Array<number>(X.length).fill(0);
  for (let f = 0; f < K; f++) {
    const rows = X.map((_, i) => i).filter((i) => folds[i] !== f);
    const model = fitLogisticGd(rows.map((i) => X[i]!), rows.map((i) => labels[i]!), lr, nIters);
    X.forEach((x, i) => { if (folds[i] === f) scores[i] = predictProba(model, x); });
  }
  return scores;
}

export function adversarialValidation(Xtrain: number[][], Xtest: number[][], folds: number[], lr: number, nIters: number, aucThreshold: number): { oofScores: number[]; auc: number; foldAccuracy: number[]; shift: number } {
  const d = Xtrain[0]?.length ?? 0;
  if (Xtrain.length === 0 || Xtest.length === 0 || d === 0) throw new Error('Xtrain and Xtest must be non-empty');
  const X = [...Xtrain, ...Xtest];
  if (X.some((x) => x.length !== d || !x.every(Number.isFinite))) throw new Error('every row must have the same number of finite features');
  if (folds.length !== X.length || !folds.every((f) => Number.isInteger(f) && f >= 0)) throw new Error('folds needs one non-negative integer per row (train rows first)');
  const K = Math.max(...folds) + 1;
  if (K < 2 || new Set(folds).size !== K) throw new Error('fold ids must be 0 … K−1 with K ≥ 2, each used');
  if (!(lr > 0) || !Number.isFinite(lr) || !Number.isInteger(nIters) || nIters < 0) throw new Error('lr must be positive and nIters a non-negative integer');
  if (!(aucThreshold >= 0 && aucThreshold <= 1)) throw new Error('aucThreshold must lie in [0, 1]');
  const labels = X.map((_, i) => (i < Xtrain.length ? 0 : 1));
  const oofScores = outOfFoldScores(X, labels, folds, K, lr, nIters);
  const auc = tieAwareAuc(oofScores, labels);
  const foldAccuracy = Array.from({ length: K }, (_, f) => {
    const rows = X.map((_, i) => i).filter((i) => folds[i] === f);
    return rows.filter((i) => (oofScores[i]! > 0.5 ? 1 : 0) === labels[i]).length / rows.length;
  });
  return { oofScores, auc, foldAccuracy, shift: auc > aucThreshold ? 1 : 0 };
}
