// alternative: builds each row's full softmax Jacobian diag(a) − aaᵀ and multiplies it by dA, instead of the fused form
export function attentionBackward(Q: number[][], K: number[][], V: number[][], dOut: number[][], causal: boolean): { dQ: number[][]; dK: number[][]; dV: number[][] } {
  const n = Q.length, m = K.length;
  if (!n || !m) throw new Error('empty');
  const d = Q[0].length, dv = V[0]?.length ?? 0;
  if (Q.some((r) => r.length !== d) || K.some((r) => r.length !== d) || V.length !== m || V.some((r) => r.length !== dv)) throw new Error('shapes');
  if (dOut.length !== n || dOut.some((r) => r.length !== dv) || (causal && n !== m)) throw new Error('shapes');
  const sc = Math.sqrt(d);
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
  const A = Q.map((q, i) => {
    const s = K.map((k, j) => (causal && j > i ? -Infinity : dot(q, k) / sc));
    const mx = Math.max(...s);
    const e = s.map((x) => Math.exp(x - mx));
    const z = e.reduce((a, b) => a + b, 0);
    return e.map((x) => x / z);
  });
  const dS = A.map((a, i) => {
    const dA = V.map((v) => dot(dOut[i], v));
    return a.map((_, j) => a.reduce((s, ak, k) => s + ((j === k ? a[j] : 0) - a[j] * ak) * dA[k], 0));
  });
  const dQ = dS.map((row) => Array.from({ length: d }, (_, c) => row.reduce((s, g, j) => s + g * K[j][c], 0) / sc));
  const dK = K.map((_, j) => Array.from({ length: d }, (_, c) => dS.reduce((s, row, i) => s + row[j] * Q[i][c], 0) / sc));
  const dV = V.map((_, j) => Array.from({ length: dv }, (_, c) => A.reduce((s, row, i) => s + row[j] * dOut[i][c], 0)));
  return { dQ, dK, dV };
}
