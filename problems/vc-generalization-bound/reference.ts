/** Vapnik's VC bound R ≤ R̂ + sqrt((h(ln(2m/h) + 1) − ln(δ/4)) / m), natural logarithms, never clipped. */
export function vcBound(empRisk: number, vcDim: number, m: number, delta: number): number {
  if (!Number.isInteger(vcDim) || vcDim < 1) throw new Error('vcDim must be a positive integer');
  if (!Number.isInteger(m) || m < 1) throw new Error('m must be a positive integer');
  if (!(delta > 0 && delta < 1)) throw new Error('delta must lie strictly between 0 and 1');
  if (!(empRisk >= 0 && empRisk <= 1)) throw new Error('empRisk must lie in [0, 1]');
  return empRisk + Math.sqrt((vcDim * (Math.log((2 * m) / vcDim) + 1) - Math.log(delta / 4)) / m);
}
