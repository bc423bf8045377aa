// expect: wrong_answer
// mistake: keeps squares and higher powers when only interactions are asked for
// caught-by: random 1
export function polynomialFeatures(X: number[][], degree: number, interactionOnly: boolean, includeBias: boolean): number[][] {
  if (!Number.isInteger(degree) || degree < 0) throw new Error('bad degree');
  if (X.length === 0) return [];
  const p = X[0]!.length;
  if (p === 0 || X.some((r) => r.length !== p)) throw new Error('ragged X');
  // index combinations, degree by degree
  const combos: number[][] = [];
  if (includeBias) combos.push([]);
  let level: number[][] = [[]];
  for (let d = 1; d <= degree; d++) {
    const next: number[][] = [];
    for (const c of level) {
      const first = c.length === 0 ? 0 : c[c.length - 1]!;
      for (let j = first; j < p; j++) next.push([...c, j]);
    }
    combos.push(...next);
    level = next;
  }
  return X.map((row) => combos.map((c) => {
    let v = 1;
    for (const j of c) v *= row[j]!;
    return v;
  }));
}
