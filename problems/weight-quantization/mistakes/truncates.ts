// expect: wrong_answer
// mistake: truncates toward zero instead of rounding to the nearest level
// caught-by: random 1
export function quantize(W: number[], s: number): { codes: number[]; dequant: number[]; maxErr: number } {
  if (!(s > 0) || s === Infinity) throw new Error('step must be > 0');
  const codes: number[] = [];
  const dequant: number[] = [];
  let maxErr = 0;
  for (const w of W) {
    if (!Number.isFinite(w)) throw new Error('weights must be finite');
    const x = w / s;
    const c = Math.trunc(x);
    codes.push(c === 0 ? 0 : c);
    dequant.push(c * s);
    maxErr = Math.max(maxErr, Math.abs(w - c * s));
  }
  return { codes, dequant, maxErr };
}
