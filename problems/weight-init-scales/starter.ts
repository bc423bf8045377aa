export function initWeights(fanIn: number, fanOut: number, kind: 'glorot_normal' | 'glorot_uniform' | 'he_normal' | 'he_uniform', draws: number[]): { scale: number; weights: number[][] } {
  // TODO: pick the variance for the scheme, turn it into a std (normal) or a limit (uniform), scale the draws
  return { scale: 0, weights: [] };
}
