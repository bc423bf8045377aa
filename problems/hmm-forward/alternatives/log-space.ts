// alternative: runs the recursion on log α with log-sum-exp instead of normalizing α at every step
export function hmmForward(pi: number[], A: number[][], B: number[][], obs: number[]): { logLik: number; filtered: number[][] } {
  const K = pi.length, M = B[0]?.length ?? 0;
  const ok = (v: number[]) => v.every((p) => p >= 0) && Math.abs(v.reduce((a, b) => a + b, 0) - 1) <= 1e-9;
  if (!K || !ok(pi) || A.length !== K || A.some((r) => r.length !== K || !ok(r)) || B.length !== K || !M || B.some((r) => r.length !== M || !ok(r))) throw new Error('bad model');
  if (obs.some((o) => !Number.isInteger(o) || o < 0 || o >= M)) throw new Error('bad observation');
  const lse = (v: number[]) => {
    const m = Math.max(...v);
    return m === -Infinity ? -Infinity : m + Math.log(v.reduce((s, x) => s + Math.exp(x - m), 0));
  };
  let logAlpha: number[] = [];
  const filtered: number[][] = [];
  let logLik = 0;
  for (let t = 0; t < obs.length; t++) {
    logAlpha = Array.from({ length: K }, (_, z) =>
      Math.log(B[z][obs[t]]) + (t === 0 ? Math.log(pi[z]) : lse(logAlpha.map((la, zp) => la + Math.log(A[zp][z])))));
    logLik = lse(logAlpha);
    filtered.push(logLik === -Infinity ? logAlpha.map(() => NaN) : logAlpha.map((la) => Math.exp(la - logLik)));
  }
  return { logLik, filtered };
}
