export function reinforce(theta: number[][], feats: number[][], actions: number[], rewards: number[], baseline: number[], gamma: number, lr: number): { grad: number[][]; thetaNew: number[][] } {
  // TODO: returns G_t, score function phi (e_a - pi)^T, weighted by G_t - b_t, summed; then gradient ascent
  return { grad: theta.map((r) => r.map(() => 0)), thetaNew: theta.map((r) => r.slice()) };
}
