export function vif(X: number[][]): number[] {
  // TODO: for each column j, regress it on the other columns plus an intercept; VIF_j = 1 / (1 − R_j²)
  return (X[0] ?? []).map(() => 1);
}
