export function huberLoss(yTrue: number[], yPred: number[], delta: number): { loss: number; grad: number[] } {
  // TODO: ½e² for |e| ≤ δ, δ|e| − ½δ² beyond, averaged; the gradient clips e to [−δ, δ]
  return { loss: 0, grad: yPred.map(() => 0) };
}
