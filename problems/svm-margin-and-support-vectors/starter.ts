export function svmPrimalStats(
  X: number[][], y: number[], w: number[], b: number, C: number, tol: number,
): { margins: number[]; slacks: number[]; marginWidth: number; objective: number; supportVectors: number[] } {
  // TODO: margins y(w·x + b), slacks max(0, 1 − margin), width 2/‖w‖, ½‖w‖² + C Σ slack, and the support vectors
  return { margins: [], slacks: [], marginWidth: 0, objective: 0, supportVectors: [] };
}
