export function gpRegression(
  Xtrain: number[][], y: number[], Xtest: number[][], lengthScale: number, signalVar: number, noiseVar: number,
): { mean: number[]; variance: number[]; logMarginal: number } {
  const n = Xtrain.length;
  if (n === 0) throw new Error('empty training set');
  const d = Xtrain[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const r of [...Xtrain, ...Xtest]) { if (r.length !== d) throw new Error('width'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  if (y.length !== n) throw new Error('target count');
  for (const v of y) if (!Number.isFinite(v)) throw new Error('non-finite target');
  if (!(lengthScale > 0) || !Number.isFinite(lengthScale) || !(signalVar > 0) || !Number.isFinite(signalVar)) throw new Error('bad kernel parameters');
  if (!(noiseVar >= 0) || !Number.isFinite(noiseVar)) throw new Error('bad noise');

  const kern = (a: number[], b: number[]) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += (a[j]! - b[j]!) ** 2;
    return signalVar * Math.exp(-s / (2 * lengthScale * lengthScale));
  };
  const jitter = noiseVar === 0 ? 1e-10 : noiseVar;
  const K = Xtrain.map((a, i) => Xtrain.map((b, j) => kern(a, b) + (i === j ? jitter : 0)));
  // Cholesky K = L Lᵀ
  const L = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let maxDiag = 0;
  for (let i = 0; i < n; i++) maxDiag = Math.max(maxDiag, K[i]![i]!);
  for (let j = 0; j < n; j++) {
    let s = K[j]![j]!;
    for (let t = 0; t < j; t++) s -= L[j]![t]! ** 2;
    if (!(s > n * Number.EPSILON * maxDiag)) throw new Error('kernel matrix not positive definite');
    L[j]![j] = Math.sqrt(s);
    for (let i = j + 1; i < n; i++) {
      let v = K[i]![j]!;
      for (let t = 0; t < j; t++) v -= L[i]![t]! * L[j]![t]!;
      L[i]![j] = v / L[j]![j]!;
    }
  }
  const fwd = (b: number[]) => {
    const z = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) { let s = b[i]!; for (let t = 0; t < i; t++) s -= L[i]![t]! * z[t]!; z[i] = s / L[i]![i]!; }
    return z;
  };
  const z = fwd(y);
  const alpha = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) { let s = z[i]!; for (let t = i + 1; t < n; t++) s -= L[t]![i]! * alpha[t]!; alpha[i] = s / L[i]![i]!; }
  const mean: number[] = [], variance: number[] = [];
  for (const x of Xtest) {
    const ks = Xtrain.map((a) => kern(a, x));
    let m = 0;
    for (let i = 0; i < n; i++) m += ks[i]! * alpha[i]!;
    const v = fwd(ks);
    let vv = 0;
    for (const t of v) vv += t * t;
    mean.push(m);
    variance.push(signalVar - vv); // latent f: no observation noise added
  }
  let fit = 0, logDet = 0;
  for (let i = 0; i < n; i++) { fit += y[i]! * alpha[i]!; logDet += Math.log(L[i]![i]!); }
  return { mean, variance, logMarginal: -0.5 * fit - logDet - (n / 2) * Math.log(2 * Math.PI) };
}
