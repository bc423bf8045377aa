// expect: wrong_answer
// mistake: uses KL(P‖Q) and KL(Q‖P) instead of the divergences to the mixture M, which is infinite as soon as the supports differ
// caught-by: partly disjoint supports
export function jsDivergence(P: number[], Q: number[]): { nats: number; bits: number } {
  const n = P.length;
  if (n === 0 || Q.length !== n) throw new Error('length mismatch');
  let sp = 0, sq = 0;
  for (let i = 0; i < n; i++) {
    if (!(P[i]! >= 0 && Q[i]! >= 0) || !Number.isFinite(P[i]!) || !Number.isFinite(Q[i]!)) throw new Error('negative probability');
    sp += P[i]!; sq += Q[i]!;
  }
  if (Math.abs(sp - 1) > 1e-9 || Math.abs(sq - 1) > 1e-9) throw new Error('not normalised');
  let js = 0;
  for (let i = 0; i < n; i++) {
    if (P[i]! > 0) js += 0.5 * P[i]! * Math.log(P[i]! / Q[i]!);
    if (Q[i]! > 0) js += 0.5 * Q[i]! * Math.log(Q[i]! / P[i]!);
  }
  js = Math.max(js, 0);
  return { nats: js, bits: js / Math.log(2) };
}
