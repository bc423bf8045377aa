/**
 * Plain float64 cross-entropies from probabilities clipped to [ε, 1 − ε]: binary (every entry an
 * independent Bernoulli, mean over all n·k entries) and categorical (each row a distribution, sum over
 * the classes, mean over the rows).
 */
export function clippedCrossEntropy(yTrue: number[][], yPred: number[][], eps: number): { binary: number; categorical: number } {
  const n = yTrue.length;
  const k = yTrue[0]?.length ?? 0;
  if (n === 0 || k === 0) throw new Error('yTrue must be a non-empty n×k matrix');
  if (yTrue.some((r) => r.length !== k) || yPred.length !== n || yPred.some((r) => r.length !== k)) throw new Error(`yTrue and yPred must both be ${n}×${k}`);
  if (!(eps > 0 && eps < 0.5)) throw new Error('eps must lie in (0, 0.5)');
  if ([...yTrue, ...yPred].some((r) => r.some((v) => !(v >= 0 && v <= 1)))) throw new Error('every value must lie in [0, 1]');
  let binary = 0;
  let categorical = 0;
  yPred.forEach((row, i) => row.forEach((p, j) => {
    const q = Math.min(Math.max(p, eps), 1 - eps);
    const y = yTrue[i]![j]!;
    binary -= y * Math.log(q) + (1 - y) * Math.log(1 - q);
    categorical -= y * Math.log(q);
  }));
  return { binary: binary / (n * k), categorical: categorical / n };
}
