// Reference: plain float64 Newton's method with backtracking (Lin, Lin & Weng, 2007), run to full precision.

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}

/** P(y = 1 | f) = 1 / (1 + e^{z}) with z = A·f + B, without overflow. */
function prob(z: number): number {
  if (z >= 0) {
    const e = Math.exp(-z);
    return e / (1 + e);
  }
  return 1 / (1 + Math.exp(z));
}

export function plattScaling(f: number[], y: number[]): [number, number] {
  const n = f.length;
  if (n === 0 || y.length !== n) throw new Error('f and y need the same, non-zero length');
  if (y.some((v) => v !== 0 && v !== 1)) throw new Error('labels must be 0 or 1');
  if (f.some((v) => !Number.isFinite(v))) throw new Error('decision values must be finite');
  const nPos = y.reduce((a, b) => a + b, 0), nNeg = n - nPos;
  const hi = (nPos + 1) / (nPos + 2), lo = 1 / (nNeg + 2);
  const t = y.map((v) => (v === 1 ? hi : lo));
  if (f.every((v) => v === f[0])) {
    const mean = t.reduce((a, b) => a + b, 0) / n;
    return [0, Math.log((1 - mean) / mean)];
  }
  // −log-likelihood of the targets: Σ t·z + log(1 + e^{−z}) = Σ softplus(z) − (1 − t)·z
  const objective = (A: number, B: number): number => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const z = A * f[i]! + B;
      s += softplus(z) - (1 - t[i]!) * z;
    }
    return s;
  };
  let A = 0, B = Math.log((nNeg + 1) / (nPos + 1));
  let value = objective(A, B);
  for (let iter = 0; iter < 200; iter++) {
    let g1 = 0, g2 = 0, h11 = 0, h22 = 0, h21 = 0;
    for (let i = 0; i < n; i++) {
      const p = prob(A * f[i]! + B);
      const w = p * (1 - p);
      const d = t[i]! - p;
      g1 += f[i]! * d;
      g2 += d;
      h11 += f[i]! * f[i]! * w;
      h22 += w;
      h21 += f[i]! * w;
    }
    const det = h11 * h22 - h21 * h21;
    if (!(det > 0)) break;
    const dA = -(h22 * g1 - h21 * g2) / det;
    const dB = -(-h21 * g1 + h11 * g2) / det;
    const decrease = g1 * dA + g2 * dB; // directional derivative (negative)
    if (-decrease <= 1e-14 * Math.abs(value)) {
      // at the optimum to rounding: F can no longer tell the points apart, but a Newton step still polishes
      A += dA;
      B += dB;
      break;
    }
    let step = 1;
    let accepted = false;
    while (step >= 1e-12) {
      const nextA = A + step * dA, nextB = B + step * dB;
      const next = objective(nextA, nextB);
      if (next <= value + 1e-4 * step * decrease) {
        A = nextA;
        B = nextB;
        value = next;
        accepted = true;
        break;
      }
      step /= 2;
    }
    if (!accepted || Math.abs(step * dA) <= 1e-15 * Math.max(1, Math.abs(A)) && Math.abs(step * dB) <= 1e-15 * Math.max(1, Math.abs(B))) break;
  }
  return [A, B];
}
