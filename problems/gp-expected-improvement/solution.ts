export function gpExpectedImprovement(X: number[][], y: number[], Xcand: number[][], lengthScale: number, signalVar: number, noiseVar: number, xi: number): [number[], number[], number[], number] {
  const n = X.length, d = n ? X[0].length : 0;
  if (!n || !d || X.some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('bad X');
  if (y.length !== n || y.some((v) => !Number.isFinite(v))) throw new Error('bad y');
  if (!Xcand.length || Xcand.some((r) => r.length !== d || r.some((v) => !Number.isFinite(v)))) throw new Error('bad Xcand');
  if (!(lengthScale > 0) || !(signalVar > 0) || !(noiseVar >= 0) || !(xi >= 0)) throw new Error('bad hyper-parameters');
  const kern = (a: number[], b: number[]) => {
    let s = 0;
    for (let i = 0; i < d; i++) s += (a[i] - b[i]) ** 2;
    return signalVar * Math.exp(-s / (2 * lengthScale * lengthScale));
  };
  // Cholesky of K + (noise + jitter) I
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let s = kern(X[j], X[j]) + noiseVar + 1e-10 * signalVar;
    for (let k = 0; k < j; k++) s -= L[j][k] ** 2;
    if (!(s > 0)) throw new Error('not positive definite');
    L[j][j] = Math.sqrt(s);
    for (let i = j + 1; i < n; i++) {
      let t = kern(X[i], X[j]);
      for (let k = 0; k < j; k++) t -= L[i][k] * L[j][k];
      L[i][j] = t / L[j][j];
    }
  }
  const fwd = (b: number[]) => {
    const z = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let s = b[i];
      for (let k = 0; k < i; k++) s -= L[i][k] * z[k];
      z[i] = s / L[i][i];
    }
    return z;
  };
  const bwd = (b: number[]) => {
    const z = new Array<number>(n).fill(0);
    for (let i = n - 1; i >= 0; i--) {
      let s = b[i];
      for (let k = i + 1; k < n; k++) s -= L[k][i] * z[k];
      z[i] = s / L[i][i];
    }
    return z;
  };
  const alpha = bwd(fwd(y));
  // erfc: Taylor series of erf below 2, Lentz continued fraction above (both to ~1e-16 relative)
  const erfc = (x: number): number => {
    const z = Math.abs(x);
    let r: number;
    if (z < 2) {
      let term = z, sum = z;
      for (let k = 1; k < 200; k++) {
        term *= (-z * z) / k;
        const add = term / (2 * k + 1);
        sum += add;
        if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
      }
      r = 1 - (2 / Math.sqrt(Math.PI)) * sum;
    } else {
      let f = z, C = z, D = 0;
      for (let k = 1; k < 300; k++) {
        const a = k / 2;
        D = 1 / (z + a * D);
        C = z + a / C;
        const delta = C * D;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16) break;
      }
      r = Math.exp(-z * z) / (f * Math.sqrt(Math.PI));
    }
    return x >= 0 ? r : 2 - r;
  };
  const Phi = (z: number) => 0.5 * erfc(-z / Math.SQRT2);
  const phi = (z: number) => Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  const yMin = Math.min(...y);
  const mu: number[] = [], sd: number[] = [], ei: number[] = [];
  for (const c of Xcand) {
    const ks = X.map((x) => kern(x, c));
    const m = ks.reduce((s, v, i) => s + v * alpha[i], 0);
    const v = fwd(ks);
    const variance = signalVar - v.reduce((s, t) => s + t * t, 0);
    const s = variance < 1e-8 * signalVar ? 0 : Math.sqrt(variance);
    const imp = yMin - m - xi;
    mu.push(m);
    sd.push(s);
    ei.push(s === 0 ? Math.max(0, imp) : imp * Phi(imp / s) + s * phi(imp / s));
  }
  let best = 0;
  for (let i = 1; i < ei.length; i++) if (ei[i] > ei[best]) best = i;
  return [mu, sd, ei, best];
}
