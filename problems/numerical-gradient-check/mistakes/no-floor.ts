// expect: wrong_answer
// mistake: divides by the norm sum without the 1e-12 floor, so a zero gradient gives 0/0 = NaN
// caught-by: all-zero features
export function gradCheck(X: number[][], y: number[], theta: number[], h: number): { numeric: number[]; analytic: number[]; relError: number } {
  const m = X.length, d = theta.length;
  if (m === 0 || y.length !== m || X.some((r) => r.length !== d)) throw new Error('shape mismatch');
  if (y.some((v) => v !== 0 && v !== 1)) throw new Error('labels must be 0/1');
  if (!(h > 0) || h === Infinity) throw new Error('h must be positive');
  const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);
  const J = (t: number[]) => {
    let total = 0;
    for (let i = 0; i < m; i++) {
      const z = dot(X[i]!, t);
      total += Math.max(z, 0) + Math.log(1 + Math.exp(-Math.abs(z))) - y[i]! * z;
    }
    return total / m;
  };
  const numeric: number[] = [];
  for (let j = 0; j < d; j++) {
    const tp = theta.slice(), tm = theta.slice();
    tp[j] += h;
    tm[j] -= h;
    numeric.push((J(tp) - J(tm)) / (2 * h));
  }
  const analytic = new Array<number>(d).fill(0);
  for (let i = 0; i < m; i++) {
    const err = 1 / (1 + Math.exp(-dot(X[i]!, theta))) - y[i]!;
    for (let j = 0; j < d; j++) analytic[j] += (err * X[i]![j]!) / m;
  }
  const norm = (v: number[]) => Math.sqrt(dot(v, v));
  const relError = norm(numeric.map((v, j) => v - analytic[j]!)) / (norm(numeric) + norm(analytic));
  return { numeric, analytic, relError };
}
