// expect: wrong_answer
// mistake: charges the full |r| once a point leaves the tube instead of |r| − eps
// caught-by: random 2
export function svrObjective(
  X: number[][], y: number[], w: number[], b: number, C: number, eps: number,
): { losses: number[]; objective: number; gradW: number[]; gradB: number } {
  if (y.length !== X.length) throw new Error('length mismatch');
  for (const x of X) { if (x.length !== w.length) throw new Error('width mismatch'); for (const v of x) if (!Number.isFinite(v)) throw new Error('non-finite'); }
  for (const v of [...y, ...w, b]) if (!Number.isFinite(v)) throw new Error('non-finite');
  if (!(C >= 0) || !Number.isFinite(C)) throw new Error('bad C');
  if (!(eps >= 0) || !Number.isFinite(eps)) throw new Error('bad eps');
  const gradW = w.slice();
  let gradB = 0, total = 0;
  const losses = X.map((x, i) => {
    let f = b;
    for (let j = 0; j < w.length; j++) f += w[j]! * x[j]!;
    const r = y[i]! - f;
    const loss = Math.abs(r) > eps ? Math.abs(r) : 0;
    total += loss;
    if (Math.abs(r) > eps) {
      // d/dw of C·(|r| − eps) = −C·sign(r)·x outside the tube; 0 inside and on its boundary
      const s = r > 0 ? 1 : -1;
      for (let j = 0; j < w.length; j++) gradW[j] = gradW[j]! - C * s * x[j]!;
      gradB -= C * s;
    }
    return loss;
  });
  let w2 = 0;
  for (const v of w) w2 += v * v;
  return { losses, objective: 0.5 * w2 + C * total, gradW, gradB };
}
