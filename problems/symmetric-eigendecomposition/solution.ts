export function symEig(S: number[][]): { values: number[]; vectors: number[][] } {
  const n = S.length;
  if (n === 0 || S.some((r) => r.length !== n || r.some((v) => !Number.isFinite(v)))) throw new Error('S must be square and finite');
  const scale = Math.max(...S.flat().map(Math.abs));
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (Math.abs(S[i][j] - S[j][i]) > 1e-12 * scale) throw new Error('not symmetric');

  const A = S.map((r) => [...r]);
  const V = S.map((_, i) => S.map((_, j) => (i === j ? 1 : 0)));
  const frob = Math.sqrt(A.flat().reduce((s, v) => s + v * v, 0));
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) off += A[i][j] ** 2;
    if (Math.sqrt(off) <= 1e-12 * frob) break;
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) {
        if (A[p][q] === 0) continue;
        // rotation angle that zeroes A[p][q]; t = tan θ, the smaller root for stability
        const theta = (A[q][q] - A[p][p]) / (2 * A[p][q]);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k][p], akq = A[k][q];
          A[k][p] = c * akp - s * akq;
          A[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p][k], aqk = A[q][k];
          A[p][k] = c * apk - s * aqk;
          A[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k][p], vkq = V[k][q];
          V[k][p] = c * vkp - s * vkq;
          V[k][q] = s * vkp + c * vkq;
        }
      }
  }
  const order = A.map((_, i) => i).sort((x, y) => A[y][y] - A[x][x]);
  return { values: order.map((i) => A[i][i]), vectors: V.map((row) => order.map((i) => row[i])) };
}
