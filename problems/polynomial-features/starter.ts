export function polynomialFeatures(X: number[][], degree: number, interactionOnly: boolean, includeBias: boolean): number[][] {
  // TODO: bias, then every monomial of degree 1..degree in lexicographic index order
  return X.map((row) => (includeBias ? [1, ...row] : row.slice()));
}
