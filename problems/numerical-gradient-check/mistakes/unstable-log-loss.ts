// expect: wrong_answer
// mistake: computes the loss as -[y log(sigma) + (1-y) log(1-sigma)], which is infinite once sigma rounds to 0 or 1
// caught-by: large logits stay finite
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
      const p = 1 / (1 + Math.exp(-z));
      total -= y[i]! * Math.log(p) + (1 - y[i]!) * Math.log(1 - p);
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
  const relError = norm(numeric.map((v, j) => v - analytic[j]!)) / Math.max(norm(numeric) + norm(analytic), 1e-12);
  return { numeric, analytic, relError };
}
