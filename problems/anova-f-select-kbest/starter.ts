export function selectKBestF(X: number[][], y: number[], k: number): { scores: number[]; selected: number[] } {
  // TODO: one-way ANOVA F per feature, then the k largest (NaN lowest, ties to the higher index)
  return { scores: (X[0] ?? []).map(() => 0), selected: [] };
}
