export function svmSubgradient(X: number[][], y: number[], C: number, lr: number, steps: number): { w: number[]; b: number; objective: number[] } {
  // TODO: from w = 0, b = 0, take `steps` full-batch subgradient steps on ½‖w‖² + C Σ max(0, 1 − y(w·x + b)),
  // recording the objective before each step
  return { w: new Array(X[0]?.length ?? 0).fill(0), b: 0, objective: [] };
}
