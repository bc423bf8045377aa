export function tsneGradStep(P: number[][], Y: number[][], lr: number): { grad: number[][]; Ynew: number[][] } {
  // TODO: Q from the Student-t kernel, grad_i = 4 Σ_j (P_ij − Q_ij)(y_i − y_j)/(1 + ‖y_i − y_j‖²), Y − lr·grad
  return { grad: Y.map((r) => r.map(() => 0)), Ynew: Y.map((r) => r.slice()) };
}
