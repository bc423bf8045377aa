export function rewardModelLoss(rChosen: number[], rRejected: number[]): { loss: number; gradChosen: number[]; gradRejected: number[]; accuracy: number } {
  // TODO: mean of −log σ(r_w − r_l), its gradients for both score vectors, and the pairwise accuracy
  throw new Error('Not implemented');
}
