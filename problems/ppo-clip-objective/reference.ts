// Reference: plain float64 TypeScript with the derivative written out (tf.clipByValue passes the gradient at its bounds).
export function ppoClip(logpNew: number[], logpOld: number[], adv: number[], eps: number): { objective: number; clipFraction: number; grad: number[] } {
  const N = logpNew.length;
  if (N === 0) throw new Error('the batch must not be empty');
  if (logpOld.length !== N || adv.length !== N) throw new Error('logpNew, logpOld and adv must have the same length');
  if ([...logpNew, ...logpOld, ...adv].some((v) => !Number.isFinite(v))) throw new Error('inputs must be finite');
  if (!(eps >= 0 && eps < 1)) throw new Error('eps must lie in [0, 1)');
  let objective = 0;
  let clipped = 0;
  const grad = logpNew.map((lp, t) => {
    const ratio = Math.exp(lp - logpOld[t]!);
    const a = adv[t]!;
    const unclipped = ratio * a;
    const clippedTerm = Math.min(1 + eps, Math.max(1 - eps, ratio)) * a;
    if (clippedTerm < unclipped) {
      clipped += 1;
      objective += clippedTerm / N;
      return 0;
    }
    objective += unclipped / N;
    // d(ratio)/d(logpNew) = ratio
    return (ratio * a) / N;
  });
  return { objective, clipFraction: clipped / N, grad };
}
