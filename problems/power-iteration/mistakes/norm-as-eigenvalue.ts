// expect: wrong_answer
// mistake: reports |A v| as the eigenvalue, which loses the sign of a negative dominant eigenvalue
// caught-by: a negative dominant eigenvalue
export function powerIteration(A: number[][], v0: number[], iters: number): { eigenvalue: number; eigenvector: number[] } {
  const n = A.length;
  if (n === 0 || A.some((r) => r.length !== n) || v0.length !== n) throw new Error('A must be square and match v0');
  if (![...A.flat(), ...v0].every(Number.isFinite)) throw new Error('non-finite entry');
  if (!Number.isInteger(iters) || iters < 0) throw new Error('bad iters');
  const mul = (v: number[]) => A.map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0));
  const norm = (v: number[]) => Math.hypot(...v);
  let v = v0.slice();
  let len = norm(v);
  if (len === 0) throw new Error('zero start vector');
  v = v.map((x) => x / len);
  for (let k = 0; k < iters; k++) {
    const w = mul(v);
    len = norm(w);
    if (len === 0) throw new Error('A v = 0');
    v = w.map((x) => x / len);
  }
  const Av = mul(v);
  return { eigenvalue: norm(Av), eigenvector: v };
}
