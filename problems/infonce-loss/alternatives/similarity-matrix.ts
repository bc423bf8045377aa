// alternative: computes cosines from the raw rows (dot over the product of norms) and the loss as −log(softmax) with a log-sum-exp
export function infoNce(A: number[][], B: number[][], tau: number): number {
  const N = A.length;
  if (!N || B.length !== N) throw new Error('rows');
  const d = A[0].length;
  if (!d || A.some((r) => r.length !== d) || B.some((r) => r.length !== d)) throw new Error('widths');
  if (!(tau > 0) || tau === Infinity) throw new Error('tau');
  const norm = (x: number[]) => Math.max(Math.sqrt(x.reduce((s, v) => s + v * v, 0)), 1e-12);
  const na = A.map(norm), nb = B.map(norm);
  let total = 0;
  for (let i = 0; i < N; i++) {
    const s = B.map((b, j) => b.reduce((acc, v, k) => acc + v * A[i][k], 0) / (na[i] * nb[j] * tau));
    const m = Math.max(...s);
    const logDen = m + Math.log(s.reduce((acc, v) => acc + Math.exp(v - m), 0));
    total += -(s[i] - logDen);
  }
  return total / N;
}
