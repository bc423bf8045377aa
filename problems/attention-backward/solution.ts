export function attentionBackward(
  Q: number[][],
  K: number[][],
  V: number[][],
  dOut: number[][],
  causal: boolean,
): { dQ: number[][]; dK: number[][]; dV: number[][] } {
  const n = Q.length, m = K.length;
  if (n === 0 || m === 0) throw new Error('empty Q or K');
  const d = Q[0].length, dv = V[0]?.length ?? 0;
  if (Q.some((r) => r.length !== d) || K.some((r) => r.length !== d)) throw new Error('Q and K widths differ');
  if (V.length !== m || V.some((r) => r.length !== dv)) throw new Error('V shape');
  if (dOut.length !== n || dOut.some((r) => r.length !== dv)) throw new Error('dOut shape');
  if (causal && n !== m) throw new Error('causal needs n = m');
  const scale = 1 / Math.sqrt(d);

  // forward: attention weights A (n×m), with masked keys at probability 0
  const A: number[][] = [];
  for (let i = 0; i < n; i++) {
    const s = new Array(m);
    let max = -Infinity;
    for (let j = 0; j < m; j++) {
      if (causal && j > i) { s[j] = -Infinity; continue; }
      let dot = 0;
      for (let c = 0; c < d; c++) dot += Q[i][c] * K[j][c];
      s[j] = dot * scale;
      if (s[j] > max) max = s[j];
    }
    let sum = 0;
    for (let j = 0; j < m; j++) { s[j] = Math.exp(s[j] - max); sum += s[j]; }
    A.push(s.map((e: number) => e / sum));
  }

  const dQ = Q.map((r) => r.map(() => 0));
  const dK = K.map((r) => r.map(() => 0));
  const dV = V.map((r) => r.map(() => 0));
  for (let i = 0; i < n; i++) {
    // dA_ij = dOut_i · V_j ; softmax backward: dS_ij = A_ij (dA_ij − Σ_k A_ik dA_ik)
    const dA = new Array(m);
    let dot = 0;
    for (let j = 0; j < m; j++) {
      let g = 0;
      for (let c = 0; c < dv; c++) g += dOut[i][c] * V[j][c];
      dA[j] = g;
      dot += A[i][j] * g;
    }
    for (let j = 0; j < m; j++) {
      const a = A[i][j];
      for (let c = 0; c < dv; c++) dV[j][c] += a * dOut[i][c];
      const dS = a * (dA[j] - dot) * scale;
      if (dS === 0) continue;
      for (let c = 0; c < d; c++) {
        dQ[i][c] += dS * K[j][c];
        dK[j][c] += dS * Q[i][c];
      }
    }
  }
  return { dQ, dK, dV };
}
