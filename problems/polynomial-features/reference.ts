// Reference: plain float64 TypeScript. Column order of scikit-learn's PolynomialFeatures.

/** Index tuples of every monomial, degree by degree, each degree in lexicographic order. */
export function monomials(p: number, degree: number, interactionOnly: boolean, includeBias: boolean): number[][] {
  const out: number[][] = includeBias ? [[]] : [];
  const extend = (prefix: number[], start: number, remaining: number) => {
    if (remaining === 0) {
      out.push(prefix);
      return;
    }
    for (let j = start; j < p; j++) extend([...prefix, j], interactionOnly ? j + 1 : j, remaining - 1);
  };
  for (let d = 1; d <= degree; d++) extend([], 0, d);
  return out;
}

export function polynomialFeatures(X: number[][], degree: number, interactionOnly: boolean, includeBias: boolean): number[][] {
  if (!Number.isInteger(degree) || degree < 0) throw new Error('degree must be a non-negative integer');
  if (X.length === 0) return [];
  const p = X[0]!.length;
  if (p === 0 || X.some((row) => row.length !== p)) throw new Error('every row of X must have the same, non-zero length');
  const terms = monomials(p, degree, interactionOnly, includeBias);
  return X.map((row) => terms.map((idx) => idx.reduce((prod, j) => prod * row[j]!, 1)));
}
