export function oobScore(probas: number[][][], inBagCounts: number[][], y: number[]): { oobProba: number[][]; score: number } {
  // TODO: average each sample's probabilities over the trees that did not draw it, then score the argmax
  return { oobProba: y.map(() => probas[0]?.[0] ?? []), score: 0 };
}
