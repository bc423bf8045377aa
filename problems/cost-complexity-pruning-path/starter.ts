export function ccpPath(
  childrenLeft: number[], childrenRight: number[], impurity: number[], nSamples: number[],
): { ccpAlphas: number[]; impurities: number[] } {
  // TODO: repeatedly collapse the internal node with the smallest effective alpha, recording
  // (alpha, total leaf impurity) after each step, until only the root remains
  return { ccpAlphas: [0], impurities: [0] };
}
