// expect: wrong_answer
// mistake: checks only α ≤ 1, so a negative mixing weight (an L1 term that rewards large weights) is accepted
// caught-by: negative alpha throws
export function penalties(w: number[], lambda: number, alpha: number): { l1: number; l2: number; elasticNet: number; gradL1: number[]; gradL2: number[]; gradElasticNet: number[] } {
  if (lambda < 0 || !(alpha <= 1)) throw new Error('invalid lambda or alpha');
  let a = 0, s = 0;
  for (const v of w) { a += Math.abs(v); s += v * v; }
  const sgn = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : 0);
  return {
    l1: lambda * a,
    l2: lambda * s,
    elasticNet: lambda * alpha * a + 0.5 * lambda * (1 - alpha) * s,
    gradL1: w.map((v) => lambda * sgn(v)),
    gradL2: w.map((v) => 2 * lambda * v),
    gradElasticNet: w.map((v) => lambda * alpha * sgn(v) + lambda * (1 - alpha) * v),
  };
}
