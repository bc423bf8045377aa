// Reference: plain float64 TypeScript with round-half-to-even (numpy, PyTorch and tf.round agree; Math.round does not).
export function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const diff = v - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

export function quantizeAffine(x: number[], qmin: number, qmax: number): { scale: number; zeroPoint: number; q: number[]; xHat: number[] } {
  if (!Number.isInteger(qmin) || !Number.isInteger(qmax) || qmin >= qmax) throw new Error('qmin and qmax must be integers with qmin < qmax');
  if (x.length === 0) throw new Error('x must not be empty');
  if (x.some((v) => !Number.isFinite(v))) throw new Error('x must be finite');
  const lo = Math.min(0, ...x);
  const hi = Math.max(0, ...x);
  const clamp = (v: number) => Math.min(qmax, Math.max(qmin, v));
  const scale = hi > lo ? (hi - lo) / (qmax - qmin) : 1;
  const zeroPoint = clamp(roundHalfEven(qmin - lo / scale));
  const q = x.map((v) => clamp(roundHalfEven(v / scale) + zeroPoint));
  return { scale, zeroPoint, q, xHat: q.map((c) => scale * (c - zeroPoint)) };
}
