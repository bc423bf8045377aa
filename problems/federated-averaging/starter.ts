export function fedAvg(wGlobal: number[], clientWeights: number[][], clientSizes: number[], clipNorm: number, noise: number[]): number[] {
  // TODO: clip each client update w_k - w to clipNorm, average the updates weighted by size, add them and the noise to w
  return wGlobal.slice();
}
