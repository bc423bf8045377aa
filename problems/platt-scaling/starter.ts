export function plattScaling(f: number[], y: number[]): [number, number] {
  // TODO: Platt's smoothed targets, then Newton's method on the cross-entropy of P(y=1|f) = 1 / (1 + exp(A·f + B))
  return [0, 0];
}
