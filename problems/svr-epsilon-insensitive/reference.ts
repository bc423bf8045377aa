// Reference: plain float64 with the subgradient pinned to 0 on the tube's boundary.
type Result = { losses: number[]; objective: number; gradW: number[]; gradB: number };

export function svrObjective(X: number[][], y: number[], w: number[], b: number, C: number, eps: number): Result {
  if (y.length !== X.length) throw new Error('one target per row');
  if (X.some((r) => r.length !== w.length)) throw new Error('rows of X must have the length of w');
  if ([...X.flat(), ...y, ...w, b].some((v) => !Number.isFinite(v))) throw new Error('values must be finite');
  if (!(C >= 0) || !Number.isFinite(C)) throw new Error('C must be >= 0');
  if (!(eps >= 0) || !Number.isFinite(eps)) throw new Error('eps must be >= 0');
  const gradW = [...w];
  let gradB = 0;
  const losses = X.map((x, i) => {
    const r = y[i]! - (x.reduce((s, v, j) => s + v * w[j]!, 0) + b);
    if (Math.abs(r) > eps) {
      const s = Math.sign(r);
      x.forEach((v, j) => { gradW[j]! -= C * s * v; });
      gradB -= C * s;
    }
    return Math.max(0, Math.abs(r) - eps);
  });
  return { losses, objective: 0.5 * w.reduce((s, v) => s + v * v, 0) + C * losses.reduce((s, v) => s + v, 0), gradW, gradB };
}
