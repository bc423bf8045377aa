// expect: wrong_answer
// mistake: clips the bound to 1 as if it were a probability, hiding that the guarantee is vacuous
// caught-by: fewer samples than the VC dimension
export function vcBound(empRisk: number, vcDim: number, m: number, delta: number): number {
  if (!Number.isInteger(vcDim) || vcDim <= 0 || !Number.isInteger(m) || m <= 0) throw new Error('bad sizes');
  if (!(delta > 0 && delta < 1) || !(empRisk >= 0 && empRisk <= 1)) throw new Error('bad delta or risk');
  return Math.min(1, empRisk + Math.sqrt((vcDim * (Math.log((2 * m) / vcDim) + 1) - Math.log(delta / 4)) / m));
}
