export function ppoClip(logpNew: number[], logpOld: number[], adv: number[], eps: number): { objective: number; clipFraction: number; grad: number[] } {
  // TODO: ratio = exp(logpNew - logpOld); mean of min(ratio * A, clip(ratio) * A); gradient per sample
  return { objective: 0, clipFraction: 0, grad: logpNew.map(() => 0) };
}
