export function quadraticWeightedKappa(yTrue: number[], yPred: number[], numClasses: number): number {
  // TODO: observed matrix O, expected matrix E from the marginals, weights (i − j)² / (K − 1)², κ = 1 − Σ wO / Σ wE
  return 0;
}
