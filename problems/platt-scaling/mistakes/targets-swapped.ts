// expect: wrong_answer
// mistake: swaps the class counts in the smoothed targets, using (N₋+1)/(N₋+2) for positives and 1/(N₊+2) for negatives
// caught-by: imbalanced classes
export function plattScaling(f: number[], y: number[]): [number, number] {
  const n = f.length;
  if (n === 0 || n !== y.length || y.some((v) => v !== 0 && v !== 1)) throw new Error('bad input');
  const nPos = y.reduce((a, b) => a + b, 0), nNeg = n - nPos;
  const t = y.map((v) => (v === 1 ? (nNeg + 1) / (nNeg + 2) : 1 / (nPos + 2)));
  if (f.every((v) => v === f[0])) { const m = t.reduce((a, b) => a + b, 0) / n; return [0, Math.log((1 - m) / m)]; }
  const obj = (A: number, B: number) => f.reduce((s, fi, i) => { const z = fi * A + B; return s + Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - (1 - t[i]!) * z; }, 0);
  let A = 0, B = Math.log((nNeg + 1) / (nPos + 1)), cur = obj(A, B);
  for (let it = 0; it < 100; it++) {
    let g1 = 0, g2 = 0, h11 = 1e-12, h22 = 1e-12, h21 = 0;
    f.forEach((fi, i) => { const p = 1 / (1 + Math.exp(fi * A + B)); const q = p * (1 - p); h11 += fi * fi * q; h22 += q; h21 += fi * q; g1 += fi * (t[i]! - p); g2 += t[i]! - p; });
    if (Math.abs(g1) < 1e-11 && Math.abs(g2) < 1e-11) break;
    const det = h11 * h22 - h21 * h21, dA = -(h22 * g1 - h21 * g2) / det, dB = -(-h21 * g1 + h11 * g2) / det;
    let step = 1;
    while (step >= 1e-10) { const v = obj(A + step * dA, B + step * dB); if (v < cur + 1e-4 * step * (g1 * dA + g2 * dB)) { A += step * dA; B += step * dB; cur = v; break; } step /= 2; }
    if (step < 1e-10) break;
  }
  return [A, B];
}
