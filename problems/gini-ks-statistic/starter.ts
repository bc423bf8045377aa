export function giniKs(yTrue: number[], scores: number[]): { auc: number; gini: number; ks: number; ksThreshold: number } {
  // TODO: tie-aware AUC, Gini = 2·AUC − 1, KS = max |TPR − FPR| over distinct thresholds, and its threshold
  return { auc: 0.5, gini: 0, ks: 0, ksThreshold: 0 };
}
