export function clippedCrossEntropy(yTrue: number[][], yPred: number[][], eps: number): { binary: number; categorical: number } {
  // TODO: clip the probabilities to [ε, 1 − ε], then the two cross-entropies with their own averages
  return { binary: 0, categorical: 0 };
}
