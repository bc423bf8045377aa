function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q; // numpy 'linear': interpolate between the neighbouring order statistics
  const i = Math.floor(pos);
  const frac = pos - i;
  if (i + 1 >= sorted.length) return sorted[i]!;
  return sorted[i]! + frac * (sorted[i + 1]! - sorted[i]!);
}

export function robustScale(Xtrain: number[][], Xtest: number[][]): { train: number[][]; test: number[][] } {
  if (Xtrain.length === 0) throw new Error('empty training set');
  const d = Xtrain[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const r of [...Xtrain, ...Xtest]) { if (r.length !== d) throw new Error('width'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  const centre: number[] = [], scale: number[] = [];
  for (let j = 0; j < d; j++) {
    const col = Xtrain.map((r) => r[j]!).sort((a, b) => a - b); // statistics from the training rows only
    centre.push(quantile(col, 0.5));
    const iqr = quantile(col, 0.75) - quantile(col, 0.25);
    scale.push(iqr === 0 ? 1 : iqr);
  }
  const apply = (X: number[][]) => X.map((r) => r.map((v, j) => (v - centre[j]!) / scale[j]!));
  return { train: apply(Xtrain), test: apply(Xtest) };
}
