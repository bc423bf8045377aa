// Reference: plain float64 projections.
type Result = { scores: number[][]; reconstruction: number[][]; mse: number };

export function pcaReconstruct(X: number[][], mean: number[], components: number[][]): Result {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const p = mean.length;
  if (p === 0 || X.some((r) => r.length !== p) || components.some((v) => v.length !== p)) throw new Error('rows of X, the mean and the components must have the same length >= 1');
  if ([...X.flat(), ...mean, ...components.flat()].some((v) => !Number.isFinite(v))) throw new Error('values must be finite');
  components.forEach((a, i) => components.forEach((b, j) => {
    const dot = a.reduce((s, v, t) => s + v * b[t]!, 0);
    if (Math.abs(dot - (i === j ? 1 : 0)) > 1e-6) throw new Error('the components must be orthonormal');
  }));
  const scores = X.map((x) => components.map((v) => v.reduce((s, vt, t) => s + vt * (x[t]! - mean[t]!), 0)));
  const reconstruction = scores.map((z) => mean.map((m, t) => components.reduce((s, v, j) => s + z[j]! * v[t]!, m)));
  let se = 0;
  X.forEach((x, i) => x.forEach((v, t) => { se += (v - reconstruction[i]![t]!) ** 2; }));
  return { scores, reconstruction, mse: se / (n * p) };
}
