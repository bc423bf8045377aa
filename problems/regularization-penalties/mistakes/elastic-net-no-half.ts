// expect: wrong_answer
// mistake: elastic net written as lambda*(alpha*sum|w| + (1-alpha)*sum w^2), dropping the 1/2 on the quadratic part
// caught-by: alpha = 0 is half the L2 penalty
export function penalties(w: number[], lambda: number, alpha: number): { l1: number; l2: number; elasticNet: number; gradL1: number[]; gradL2: number[]; gradElasticNet: number[] } {
  if (lambda < 0 || !(alpha >= 0 && alpha <= 1)) throw new Error('invalid');
  const a = w.reduce((t, v) => t + Math.abs(v), 0), s = w.reduce((t, v) => t + v * v, 0);
  const sgn = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : 0);
  return { l1: lambda * a, l2: lambda * s, elasticNet: lambda * (alpha * a + (1 - alpha) * s), gradL1: w.map((v) => lambda * sgn(v)), gradL2: w.map((v) => 2 * lambda * v), gradElasticNet: w.map((v) => lambda * (alpha * sgn(v) + 2 * (1 - alpha) * v)) };
}
