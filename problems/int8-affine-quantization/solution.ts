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
  const scale = hi === lo ? 1 : (hi - lo) / (qmax - qmin);
  const zeroPoint = clamp(round(qmin - lo / scale));
  const q = x.map((v) => clamp(round(v / scale) + zeroPoint));
  const xHat = q.map((c) => (c - zeroPoint) * scale);
  return { scale, zeroPoint, q, xHat };
}
