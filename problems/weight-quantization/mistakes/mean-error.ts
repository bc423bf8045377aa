// expect: wrong_answer
// mistake: reports the mean absolute error instead of the maximum
// caught-by: random 2
export function quantize(W: number[], s: number): { codes: number[]; dequant: number[]; maxErr: number } {
  if (!(s > 0) || s === Infinity) throw new Error('step must be > 0');
  const codes: number[] = [];
  const dequant: number[] = [];
  let maxErr = 0;
  for (const w of W) {
    if (!Number.isFinite(w)) throw new Error('weights must be finite');
    const x = w / s;
    let c = Math.floor(x);
    const frac = x - c;
    if (frac > 0.5 || (frac === 0.5 && c % 2 !== 0)) c += 1; // halves go to the even neighbour
    codes.push(c === 0 ? 0 : c);
    dequant.push(c * s);
    maxErr += Math.abs(w - c * s) / W.length;
  }
  return { codes, dequant, maxErr };
}
