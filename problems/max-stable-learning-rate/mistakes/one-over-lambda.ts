// expect: wrong_answer
// mistake: uses 1/lambda (the safe step of a 1/L-smooth function) as the stability limit instead of 2/lambda
// caught-by: random 1
export function maxStableLr(X: number[][], y: number[], v0: number[], iters: number, steps: number): { lambdaMax: number; lrMax: number; lossBelow: number; lossAbove: number } {
  const m = X.length, d = v0.length;
  if (m === 0 || y.length !== m || d === 0 || X.some((r) => r.length !== d)) throw new Error('shape mismatch');
  if (!Number.isInteger(iters) || iters < 0 || !Number.isInteger(steps) || steps < 0) throw new Error('bad counts');
  const Xv = (v: number[]) => X.map((row) => row.reduce((s, x, j) => s + x * v[j]!, 0));
  const XtR = (r: number[]) => v0.map((_, j) => X.reduce((s, row, i) => s + row[j]! * r[i]!, 0) / m);
  const H = (v: number[]) => XtR(Xv(v));
  const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  let v = v0.slice();
  if (norm(v) === 0) throw new Error('zero start vector');
  v = v.map((x) => x / norm(v0));
  for (let k = 0; k < iters; k++) {
    const u = H(v);
    const nu = norm(u);
    if (nu === 0) throw new Error('Hv = 0');
    v = u.map((x) => x / nu);
  }
  const Hv = H(v);
  const lambdaMax = v.reduce((s, x, j) => s + x * Hv[j]!, 0);
  if (!(lambdaMax > 0)) throw new Error('no curvature');
  const lrMax = 1 / lambdaMax;
  const run = (lr: number) => {
    let theta = new Array<number>(d).fill(0);
    for (let t = 0; t < steps; t++) {
      const g = XtR(Xv(theta).map((p, i) => p - y[i]!));
      theta = theta.map((th, j) => th - lr * g[j]!);
    }
    const r = Xv(theta).map((p, i) => p - y[i]!);
    return r.reduce((s, x) => s + x * x, 0) / (2 * m);
  };
  return { lambdaMax, lrMax, lossBelow: run(0.9 * lrMax), lossAbove: run(1.1 * lrMax) };
}
