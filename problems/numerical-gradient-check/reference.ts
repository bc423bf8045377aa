// Reference: plain float64 TypeScript — float32 central differences with h = 1e-5 are meaningless.
function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function norm(v: number[]): number {
  return Math.sqrt(v.reduce((s, x) => s + x * x, 0));
}

export function gradCheck(X: number[][], y: number[], theta: number[], h: number): { numeric: number[]; analytic: number[]; relError: number } {
  const m = X.length;
  const d = theta.length;
  if (m === 0) throw new Error('X must have at least one row');
  if (y.length !== m) throw new Error('X and y must have the same number of rows');
  if (X.some((row) => row.length !== d)) throw new Error('every row of X must have theta.length entries');
  if (y.some((v) => v !== 0 && v !== 1)) throw new Error('labels must be 0 or 1');
  if (!(h > 0) || !Number.isFinite(h)) throw new Error('h must be a positive finite number');
  const loss = (t: number[]) => {
    let s = 0;
    for (let i = 0; i < m; i++) {
      const z = X[i]!.reduce((acc, x, j) => acc + x * t[j]!, 0);
      s += softplus(z) - y[i]! * z;
    }
    return s / m;
  };
  const numeric = theta.map((_, j) => {
    const plus = theta.slice();
    const minus = theta.slice();
    plus[j] = plus[j]! + h;
    minus[j] = minus[j]! - h;
    return (loss(plus) - loss(minus)) / (2 * h);
  });
  const residuals = X.map((row, i) => sigmoid(row.reduce((acc, x, j) => acc + x * theta[j]!, 0)) - y[i]!);
  const analytic = theta.map((_, j) => X.reduce((acc, row, i) => acc + row[j]! * residuals[i]!, 0) / m);
  const diff = numeric.map((v, j) => v - analytic[j]!);
  const relError = norm(diff) / Math.max(norm(numeric) + norm(analytic), 1e-12);
  return { numeric, analytic, relError };
}
