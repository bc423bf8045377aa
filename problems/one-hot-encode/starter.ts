export function oneHot(trainCodes: number[][], testCodes: number[][], dropFirst: boolean): { categories: number[][]; train: number[][]; test: number[][] } {
  // TODO: sorted categories per column from train, indicator blocks, unknown/NaN -> zeros, optional drop-first
  return { categories: [], train: trainCodes.map(() => []), test: testCodes.map(() => []) };
}
