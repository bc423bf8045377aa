export function ganLosses(realLogits: number[], fakeLogits: number[]): {
  dLoss: number; gLossSaturating: number; gLossNonSaturating: number; gradSaturating: number[]; gradNonSaturating: number[];
} {
  // TODO: write log D and log(1 − D) with softplus of the logits
  throw new Error('Not implemented');
}
