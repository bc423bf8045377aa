// Reference: plain float64 TypeScript (two-pass statistics; float32 cannot handle 1e9 offsets).
export function scaleFeatures(Xtrain: number[][], Xtest: number[][], method: 'standard' | 'minmax'): { train: number[][]; test: number[][] } {
  const n = Xtrain.length;
  if (n === 0) throw new Error('Xtrain must have at least one row');
  const d = Xtrain[0]!.length;
  if (Xtrain.some((r) => r.length !== d) || Xtest.some((r) => r.length !== d)) throw new Error('inconsistent column counts');
  const shift: number[] = [], scale: number[] = [];
  for (let j = 0; j < d; j++) {
    if (method === 'standard') {
      let s = 0;
      for (const r of Xtrain) s += r[j]!;
      const mu = s / n;
      let ss = 0;
      for (const r of Xtrain) ss += (r[j]! - mu) * (r[j]! - mu);
      const sd = Math.sqrt(ss / n);
      shift.push(mu);
      scale.push(sd === 0 ? 1 : sd);
    } else if (method === 'minmax') {
      let lo = Infinity, hi = -Infinity;
      for (const r of Xtrain) { lo = Math.min(lo, r[j]!); hi = Math.max(hi, r[j]!); }
      shift.push(lo);
      scale.push(hi - lo === 0 ? 1 : hi - lo);
    } else throw new Error('unknown method');
  }
  const tr = (X: number[][]) => X.map((r) => r.map((v, j) => (v - shift[j]!) / scale[j]!));
  return { train: tr(Xtrain), test: tr(Xtest) };
}
