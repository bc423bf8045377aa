export function dirichletCategorical(obs: number[], alpha: number[]): { alphaPost: number[]; mean: number[]; map: number[] } {
  // TODO: α′ = α + counts, posterior mean α′/Σα′, and the mode (α′ − 1)/(Σα′ − K) where it exists
  return { alphaPost: alpha.slice(), mean: alpha.map(() => 1 / alpha.length), map: alpha.map(() => 1 / alpha.length) };
}
