export function abSampleSize(p1: number, mde: number, alpha: number, power: number): number {
  // TODO: implement the inverse normal CDF, then the per-group sample size (rounded up)
  return 0;
}
