// expect: wrong_answer
// mistake: uses ln δ instead of ln(δ/4) in the confidence term
// caught-by: random 1
export function vcBound(empRisk: number, vcDim: number, m: number, delta: number): number {
  if (!Number.isInteger(vcDim) || vcDim <= 0 || !Number.isInteger(m) || m <= 0) throw new Error('bad sizes');
  if (!(delta > 0 && delta < 1) || !(empRisk >= 0 && empRisk <= 1)) throw new Error('bad delta or risk');
  return empRisk + Math.sqrt((vcDim * (Math.log((2 * m) / vcDim) + 1) - Math.log(delta)) / m);
}
