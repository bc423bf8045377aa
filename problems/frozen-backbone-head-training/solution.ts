export function trainHeadOnly(X: number[][], y: number[], Wf: number[][], bf: number[], Wh: number[][], bh: number[], steps: number, lr: number): [number[][], number[], number[]] {
  const n = X.length, d = Wf.length, h = bf.length, K = bh.length;
  const finite = (a: number[]) => a.every(Number.isFinite);
  if (!n || !d || !h || !K || X.some((r) => r.length !== d || !finite(r)) || Wf.some((r) => r.length !== h || !finite(r))) throw new Error('bad shapes');
  if (Wh.length !== h || Wh.some((r) => r.length !== K || !finite(r)) || !finite(bf) || !finite(bh)) throw new Error('bad head');
  if (y.length !== n || y.some((c) => !Number.isInteger(c) || c < 0 || c >= K)) throw new Error('bad labels');
  if (!Number.isInteger(steps) || steps < 0 || !(lr >= 0) || !Number.isFinite(lr)) throw new Error('bad steps or lr');
  // frozen features, computed once
  const F = X.map((x) => bf.map((b, j) => Math.max(0, x.reduce((s, v, i) => s + v * Wf[i][j], b))));
  const W = Wh.map((r) => [...r]);
  const B = [...bh];
  const mW = W.map((r) => r.map(() => 0)), vW = W.map((r) => r.map(() => 0));
  const mB = B.map(() => 0), vB = B.map(() => 0);
  const losses: number[] = [];
  for (let t = 1; t <= steps; t++) {
    const gW = W.map((r) => r.map(() => 0));
    const gB = B.map(() => 0);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const z = B.map((b, k) => F[i].reduce((s, f, j) => s + f * W[j][k], b));
      const mx = Math.max(...z);
      const lse = mx + Math.log(z.reduce((s, v) => s + Math.exp(v - mx), 0));
      loss -= z[y[i]] - lse;
      for (let k = 0; k < K; k++) {
        const g = (Math.exp(z[k] - lse) - (k === y[i] ? 1 : 0)) / n;
        gB[k] += g;
        for (let j = 0; j < h; j++) gW[j][k] += F[i][j] * g;
      }
    }
    losses.push(loss / n);
    const c1 = 1 - 0.9 ** t, c2 = 1 - 0.999 ** t;
    const adam = (p: number[], g: number[], m: number[], v: number[]) => {
      for (let k = 0; k < p.length; k++) {
        m[k] = 0.9 * m[k] + 0.1 * g[k];
        v[k] = 0.999 * v[k] + 0.001 * g[k] * g[k];
        p[k] -= (lr * (m[k] / c1)) / (Math.sqrt(v[k] / c2) + 1e-8);
      }
    };
    for (let j = 0; j < h; j++) adam(W[j], gW[j], mW[j], vW[j]);
    adam(B, gB, mB, vB);
  }
  return [W, B, losses];
}
