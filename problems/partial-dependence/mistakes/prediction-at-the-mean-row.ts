// expect: wrong_answer
// mistake: predicts once at the average row (feature set to v) instead of averaging the predictions of every row
// caught-by: random 1
export function partialDependence(X: number[][], w: number[], b: number, feature: number, grid: number[]): number[] {
  const p = w.length;
  if (X.length === 0 || p === 0 || X.some((r) => r.length !== p)) throw new Error('shape');
  if (!Number.isInteger(feature) || feature < 0 || feature >= p) throw new Error('feature index');
  if (![...X.flat(), ...w, b, ...grid].every(Number.isFinite)) throw new Error('non-finite input');
  const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));
  // for each grid value: set the feature to v in EVERY row, predict each row, then average the predictions
  return grid.map((v) => {
    let z = b;
    for (let k = 0; k < p; k++) z += (k === feature ? v : X.reduce((s, row) => s + row[k], 0) / X.length) * w[k];
    return sigmoid(z);
  });
}
