// expect: wrong_answer
// mistake: L1 subgradient from "v >= 0 ? 1 : -1", so a zero weight gets +lambda instead of 0
// caught-by: all weights zero
export function penalties(w: number[], lambda: number, alpha: number): { l1: number; l2: number; elasticNet: number; gradL1: number[]; gradL2: number[]; gradElasticNet: number[] } {
  if (lambda < 0 || !(alpha >= 0 && alpha <= 1)) throw new Error('invalid');
  const a = w.reduce((t, v) => t + Math.abs(v), 0), s = w.reduce((t, v) => t + v * v, 0);
  const sgn = (v: number) => (v >= 0 ? 1 : -1);
  return { l1: lambda * a, l2: lambda * s, elasticNet: lambda * (alpha * a + ((1 - alpha) / 2) * s), gradL1: w.map((v) => lambda * sgn(v)), gradL2: w.map((v) => 2 * lambda * v), gradElasticNet: w.map((v) => lambda * (alpha * sgn(v) + (1 - alpha) * v)) };
}
