export function layerNorm(x: number[][], gamma: number[], beta: number[], eps: number): number[][] {
  throw new Error('Not implemented');
}
