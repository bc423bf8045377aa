export function focalLoss(y: number[], p: number[], alpha: number, gamma: number): number {
  // TODO: mean of −α_t (1 − p_t)^γ log p_t over the examples
  return 0;
}
