// expect: wrong_answer
// mistake: converts nats to bits by multiplying by ln 2 instead of dividing
// caught-by: a fair and a biased coin
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
    const m = (P[i]! + Q[i]!) / 2;
    if (P[i]! > 0) js += 0.5 * P[i]! * Math.log(P[i]! / m);
    if (Q[i]! > 0) js += 0.5 * Q[i]! * Math.log(Q[i]! / m);
  }
  js = Math.max(js, 0);
  return { nats: js, bits: js * Math.log(2) };
}
