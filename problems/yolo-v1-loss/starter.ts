export function yoloLoss(
  predBoxes: number[][], predClass: number[][], targetBoxes: number[][], targetClass: number[][],
  objMask: number[], cellObj: number[], lambdaCoord: number, lambdaNoobj: number,
): number {
  // TODO: coordinate, size (square roots), confidence (object / no object) and per-cell class terms
  throw new Error('Not implemented');
}
