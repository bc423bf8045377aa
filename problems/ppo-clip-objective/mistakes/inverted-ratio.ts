// expect: wrong_answer
// mistake: takes the ratio the wrong way round, exp(logpOld - logpNew)
// caught-by: random 3
export function ppoClip(logpNew: number[], logpOld: number[], adv: number[], eps: number): { objective: number; clipFraction: number; grad: number[] } {
  const n = logpNew.length;
  if (n === 0 || logpOld.length !== n || adv.length !== n) throw new Error('bad lengths');
  if (![...logpNew, ...logpOld, ...adv].every(Number.isFinite)) throw new Error('non-finite input');
  if (!(eps >= 0 && eps < 1)) throw new Error('bad eps');
  let total = 0, nClipped = 0;
  const grad: number[] = [];
  for (let t = 0; t < n; t++) {
    const ratio = Math.exp(logpOld[t]! - logpNew[t]!);
    const surr1 = ratio * adv[t]!;
    const surr2 = Math.max(1 - eps, Math.min(1 + eps, ratio)) * adv[t]!;
    if (surr2 < surr1) {
      total += surr2;
      nClipped++;
      grad.push(0);
    } else {
      total += surr1;
      grad.push(surr1 / n);
    }
  }
  return { objective: total / n, clipFraction: nClipped / n, grad };
}
