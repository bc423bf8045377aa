export function tsneGradStep(P: number[][], Y: number[][], lr: number): { grad: number[][]; Ynew: number[][] } {
  const n = Y.length;
  if (n < 2) throw new Error('need two points');
  const e = Y[0]!.length;
  if (e === 0) throw new Error('empty embedding');
  for (const r of Y) { if (r.length !== e) throw new Error('ragged Y'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite Y'); }
  if (P.length !== n) throw new Error('P rows');
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (P[i]!.length !== n) throw new Error('P columns');
    for (let j = 0; j < n; j++) {
      const v = P[i]![j]!;
      if (!Number.isFinite(v) || v < 0) throw new Error('bad P entry');
      if (i === j && v !== 0) throw new Error('nonzero diagonal');
      if (Math.abs(v - P[j]![i]!) > 1e-12) throw new Error('P not symmetric');
      total += v;
    }
  }
  if (Math.abs(total - 1) > 1e-9) throw new Error('P must sum to 1');
  if (!(lr > 0) || !Number.isFinite(lr)) throw new Error('bad lr');

  const W = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  let Z = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    if (i === j) continue;
    let d2 = 0;
    for (let t = 0; t < e; t++) d2 += (Y[i]![t]! - Y[j]![t]!) ** 2;
    W[i]![j] = 1 / (1 + d2);
    Z += W[i]![j]!;
  }
  // ∂KL/∂y_i = 4 Σ_j (P_ij − Q_ij)(y_i − y_j)(1 + ‖y_i − y_j‖²)⁻¹
  const grad = Y.map((yi, i) => {
    const g = new Array<number>(e).fill(0);
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const c = 4 * (P[i]![j]! - W[i]![j]! / Z) * W[i]![j]!;
      for (let t = 0; t < e; t++) g[t] = g[t]! + c * (yi[t]! - Y[j]![t]!);
    }
    return g;
  });
  return { grad, Ynew: Y.map((yi, i) => yi.map((v, t) => v - lr * grad[i]![t]!)) };
}
