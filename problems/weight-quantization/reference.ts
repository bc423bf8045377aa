/** Round to the nearest integer, halves to the even neighbour (numpy's and IEEE's default). */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff < 0.5) return f;
  if (diff > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/** Plain float64 uniform quantization W ≈ round(W/s)·s with banker's rounding. */
export function quantize(W: number[], s: number): { codes: number[]; dequant: number[]; maxErr: number } {
  if (!(s > 0) || !Number.isFinite(s)) throw new Error('the step s must be a finite number > 0');
  if (W.some((w) => !Number.isFinite(w))) throw new Error('weights must be finite');
  const codes = W.map((w) => roundHalfEven(w / s) + 0); // + 0 turns −0 into 0
  const dequant = codes.map((c) => c * s);
  const maxErr = W.reduce((m, w, i) => Math.max(m, Math.abs(w - dequant[i]!)), 0);
  return { codes, dequant, maxErr };
}
