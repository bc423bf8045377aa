// expect: wrong_answer
// mistake: swaps the two gradients, so the saturating loss looks like the one that keeps learning when D rejects the fakes
// caught-by: confident discriminator: the saturating gradient vanishes
export function ganLosses(realLogits: number[], fakeLogits: number[]): {
  dLoss: number; gLossSaturating: number; gLossNonSaturating: number; gradSaturating: number[]; gradNonSaturating: number[];
} {
  const n = realLogits.length, m = fakeLogits.length;
  if (n === 0 || m === 0) throw new Error('empty batch');
  if (realLogits.some(Number.isNaN) || fakeLogits.some(Number.isNaN)) throw new Error('NaN logit');
  // with D = σ(l): −log D = softplus(−l) and −log(1 − D) = softplus(l)
  const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
  let real = 0, fake = 0, fakeAsReal = 0;
  for (const l of realLogits) real += softplus(-l);
  for (const l of fakeLogits) {
    fake += softplus(l);
    fakeAsReal += softplus(-l);
  }
  return {
    dLoss: real / n + fake / m,
    gLossSaturating: -fake / m,
    gLossNonSaturating: fakeAsReal / m,
    gradSaturating: fakeLogits.map((l) => (sigmoid(l) - 1) / m),
    gradNonSaturating: fakeLogits.map((l) => -sigmoid(l) / m),
  };
}
