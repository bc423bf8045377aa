export function limeExplain(
  Z: number[][], fz: number[], x: number[], kernelWidth: number, ridge: number,
): { intercept: number; weights: number[]; sampleWeights: number[]; score: number } {
  // TODO: proximity weights, weighted ridge with an unpenalised intercept, weighted R²
  throw new Error('Not implemented');
}
