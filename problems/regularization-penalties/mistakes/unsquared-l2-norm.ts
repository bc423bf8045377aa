// expect: wrong_answer
// mistake: uses the Euclidean norm lambda*||w|| as "L2" (gradient lambda*w/||w||), as in torch.norm(param)
// caught-by: alpha = 1 is the L1 penalty
export function penalties(w: number[], lambda: number, alpha: number): { l1: number; l2: number; elasticNet: number; gradL1: number[]; gradL2: number[]; gradElasticNet: number[] } {
  if (lambda < 0 || !(alpha >= 0 && alpha <= 1)) throw new Error('invalid');
  const a = w.reduce((t, v) => t + Math.abs(v), 0), nrm = Math.sqrt(w.reduce((t, v) => t + v * v, 0));
  const sgn = (v: number) => (v > 0 ? 1 : v < 0 ? -1 : 0);
  const g2 = w.map((v) => (nrm > 0 ? v / nrm : 0));
  return { l1: lambda * a, l2: lambda * nrm, elasticNet: lambda * (alpha * a + ((1 - alpha) / 2) * nrm), gradL1: w.map((v) => lambda * sgn(v)), gradL2: g2.map((g) => lambda * g), gradElasticNet: w.map((v, j) => lambda * (alpha * sgn(v) + ((1 - alpha) / 2) * g2[j])) };
}
