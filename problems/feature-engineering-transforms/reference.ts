/** Rows [a/b, a², log1p(a), a·b] with IEEE-754 semantics for zero denominators, log1p(−1) and overflow. */
export function engineerFeatures(a: number[], b: number[]): number[][] {
  if (a.length !== b.length) throw new Error('a and b must have the same length');
  return a.map((ai, i) => [ai / b[i]!, ai * ai, Math.log1p(ai), ai * b[i]!]);
}
