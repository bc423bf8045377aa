// expect: wrong_answer
// mistake: averages the decision values (log-odds) and reports them instead of the predicted probabilities
// caught-by: random 3
export function partialDependence(X: number[][], w: number[], b: number, feature: number, grid: number[]): number[] {
  const p = w.length;
  if (X.length === 0 || p === 0 || X.some((r) => r.length !== p)) throw new Error('shape');
  if (!Number.isInteger(feature) || feature < 0 || feature >= p) throw new Error('feature index');
  if (![...X.flat(), ...w, b, ...grid].every(Number.isFinite)) throw new Error('non-finite input');
  const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  // for each grid value: set the feature to v in EVERY row, predict each row, then average the predictions
  return grid.map((v) => {
    let total = 0;
    for (const row of X) {
      let z = b;
      for (let k = 0; k < p; k++) z += (k === feature ? v : row[k]) * w[k];
      total += z;
    }
    return total / X.length;
  });
}
