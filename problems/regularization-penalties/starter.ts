export function penalties(w: number[], lambda: number, alpha: number): { l1: number; l2: number; elasticNet: number; gradL1: number[]; gradL2: number[]; gradElasticNet: number[] } {
  // TODO: values and (sub)gradients; sign(0) = 0
  const z = w.map(() => 0);
  return { l1: 0, l2: 0, elasticNet: 0, gradL1: z, gradL2: z.slice(), gradElasticNet: z.slice() };
}
