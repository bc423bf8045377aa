// expect: wrong_answer
// mistake: symmetric quantization: scale from max |x| and the zero point fixed at the middle of the range
// caught-by: random 1
export function quantizeAffine(x: number[], qmin: number, qmax: number): { scale: number; zeroPoint: number; q: number[]; xHat: number[] } {
  if (!Number.isInteger(qmin) || !Number.isInteger(qmax) || qmin >= qmax) throw new Error('bad integer range');
  if (x.length === 0 || !x.every(Number.isFinite)) throw new Error('bad tensor');
  // banker's rounding
  const round = (v: number) => {
    const r = Math.round(v);
    return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
  };
  const clamp = (v: number) => Math.max(qmin, Math.min(qmax, v));
  let lo = 0, hi = 0;
  for (const v of x) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const amax = Math.max(-lo, hi);
  const scale = amax === 0 ? 1 : (2 * amax) / (qmax - qmin);
  const zeroPoint = clamp(round((qmin + qmax) / 2));
  const q = x.map((v) => clamp(round(v / scale) + zeroPoint));
  const xHat = q.map((c) => (c - zeroPoint) * scale);
  return { scale, zeroPoint, q, xHat };
}
