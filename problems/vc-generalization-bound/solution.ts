export function vcBound(empRisk: number, vcDim: number, m: number, delta: number): number {
  if (!Number.isInteger(vcDim) || vcDim <= 0 || !Number.isInteger(m) || m <= 0) throw new Error('vcDim and m must be positive integers');
  if (!(delta > 0 && delta < 1) || !(empRisk >= 0 && empRisk <= 1)) throw new Error('delta must be in (0, 1) and empRisk in [0, 1]');
  const capacity = vcDim * (Math.log((2 * m) / vcDim) + 1);
  return empRisk + Math.sqrt((capacity - Math.log(delta / 4)) / m);
}
