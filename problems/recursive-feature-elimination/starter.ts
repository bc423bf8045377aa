export function rfe(X: number[][], y: number[], keep: number): { kept: number[]; eliminationOrder: number[] } {
  // TODO: standardize, then refit OLS (with intercept) and drop the smallest |coefficient| until `keep` remain
  return { kept: X[0].map((_, j) => j).slice(0, keep), eliminationOrder: [] };
}
