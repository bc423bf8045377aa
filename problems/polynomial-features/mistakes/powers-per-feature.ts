// expect: wrong_answer
// mistake: lists all powers of each feature before the cross terms (x0, x0^2, x1, x1^2, x0x1), not degree by degree
// caught-by: three features, degree 2
export function polynomialFeatures(X: number[][], degree: number, interactionOnly: boolean, includeBias: boolean): number[][] {
  if (!Number.isInteger(degree) || degree < 0) throw new Error('bad degree');
  if (X.length === 0) return [];
  const p = X[0]!.length;
  if (p === 0 || X.some((r) => r.length !== p)) throw new Error('ragged X');
  const combos: number[][] = [];
  if (includeBias) combos.push([]);
  for (let j = 0; j < p; j++) for (let d = 1; d <= (interactionOnly ? Math.min(degree, 1) : degree); d++) combos.push(new Array<number>(d).fill(j));
  const cross = (start: number, prefix: number[]) => {
    for (let j = start; j < p; j++) {
      const c = [...prefix, j];
      if (c.length >= 2 && c.length <= degree && new Set(c).size > 1) combos.push(c);
      if (c.length < degree) cross(interactionOnly ? j + 1 : j, c);
    }
  };
  cross(0, []);
  return X.map((row) => combos.map((c) => c.reduce((v, j) => v * row[j]!, 1)));
}
