export function svrObjective(
  X: number[][], y: number[], w: number[], b: number, C: number, eps: number,
): { losses: number[]; objective: number; gradW: number[]; gradB: number } {
  // TODO: residuals r = y − (w·x + b); losses max(0, |r| − eps); objective ½‖w‖² + C Σ loss; its subgradient
  return { losses: y.map(() => 0), objective: 0, gradW: w.slice(), gradB: 0 };
}
