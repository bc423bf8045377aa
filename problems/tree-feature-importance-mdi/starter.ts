export function mdiImportance(
  childrenLeft: number[], childrenRight: number[], feature: number[], impurity: number[], nSamples: number[], nFeatures: number,
): number[] {
  // TODO: add each split's weighted impurity decrease to its feature, then normalise to sum 1
  return new Array(nFeatures).fill(1 / nFeatures);
}
