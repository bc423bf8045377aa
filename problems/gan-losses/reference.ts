import { sigmoid, softplus } from '../../grader/reference-kit/float64.ts';

/**
 * Plain float64 GAN losses from discriminator logits (D = σ(l)): log D = −softplus(−l) and
 * log(1 − D) = −softplus(l). Gradients of both generator losses with respect to the fake logits.
 */
export function ganLosses(realLogits: number[], fakeLogits: number[]): {
  dLoss: number; gLossSaturating: number; gLossNonSaturating: number; gradSaturating: number[]; gradNonSaturating: number[];
} {
  const n = realLogits.length;
  const m = fakeLogits.length;
  if (n === 0 || m === 0) throw new Error('both batches must be non-empty');
  if ([...realLogits, ...fakeLogits].some((v) => Number.isNaN(v))) throw new Error('logits must not be NaN');
  const meanReal = realLogits.reduce((s, l) => s + softplus(-l), 0) / n; // −E log D(x)
  const meanFakeLog1mD = fakeLogits.reduce((s, l) => s + softplus(l), 0) / m; // −E log(1 − D(G(z)))
  const meanFakeLogD = fakeLogits.reduce((s, l) => s + softplus(-l), 0) / m; // −E log D(G(z))
  return {
    dLoss: meanReal + meanFakeLog1mD,
    gLossSaturating: -meanFakeLog1mD,
    gLossNonSaturating: meanFakeLogD,
    gradSaturating: fakeLogits.map((l) => -sigmoid(l) / m),
    gradNonSaturating: fakeLogits.map((l) => (sigmoid(l) - 1) / m),
  };
}
