export function normalQQ(x: number[]): [number[], number[], number[]] {
  // TODO: theoretical quantiles Φ⁻¹(Filliben medians), the sorted sample, and the least-squares line [slope, intercept, r]
  return [x.map(() => 0), x.slice().sort((a, b) => a - b), [1, 0, 1]];
}
