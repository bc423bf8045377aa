export function plattScaling(f: number[], y: number[]): [number, number] {
  const n = f.length;
  if (n === 0 || n !== y.length) throw new Error('length mismatch');
  let nPos = 0;
  for (let i = 0; i < n; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new Error('labels must be 0/1');
    if (!Number.isFinite(f[i]!)) throw new Error('non-finite decision value');
    nPos += y[i]!;
  }
  const nNeg = n - nPos;
  const hiTarget = (nPos + 1) / (nPos + 2), loTarget = 1 / (nNeg + 2);
  const t = y.map((v) => (v === 1 ? hiTarget : loTarget));
  if (f.every((v) => v === f[0])) {
    let m = 0;
    for (const ti of t) m += ti / n;
    return [0, Math.log((1 - m) / m)];
  }
  const fval = (A: number, B: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const z = f[i]! * A + B;
      s += z >= 0 ? t[i]! * z + Math.log1p(Math.exp(-z)) : (t[i]! - 1) * z + Math.log1p(Math.exp(z));
    }
    return s;
  };
  let A = 0, B = Math.log((nNeg + 1) / (nPos + 1));
  let cur = fval(A, B);
  for (let it = 0; it < 100; it++) {
    let g1 = 0, g2 = 0, h11 = 1e-12, h22 = 1e-12, h21 = 0;
    for (let i = 0; i < n; i++) {
      const z = f[i]! * A + B;
      const p = z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
      const q = p * (1 - p);
      h11 += f[i]! * f[i]! * q; h22 += q; h21 += f[i]! * q;
      g1 += f[i]! * (t[i]! - p); g2 += t[i]! - p;
    }
    if (Math.abs(g1) < 1e-11 && Math.abs(g2) < 1e-11) break;
    const det = h11 * h22 - h21 * h21;
    const dA = -(h22 * g1 - h21 * g2) / det, dB = -(-h21 * g1 + h11 * g2) / det;
    const gd = g1 * dA + g2 * dB;
    let step = 1;
    while (step >= 1e-10) {
      const nv = fval(A + step * dA, B + step * dB);
      if (nv < cur + 1e-4 * step * gd) { A += step * dA; B += step * dB; cur = nv; break; }
      step /= 2;
    }
    if (step < 1e-10) break;
  }
  return [A, B];
}
