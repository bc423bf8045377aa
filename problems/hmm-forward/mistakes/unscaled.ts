// expect: wrong_answer
// mistake: keeps the raw α_t without normalizing, so after a few thousand steps it underflows to 0 and the log-likelihood becomes −Infinity
// caught-by: long sequence (unscaled α underflows)
export function hmmForward(pi: number[], A: number[][], B: number[][], obs: number[]): { logLik: number; filtered: number[][] } {
  const K = pi.length, M = B[0]?.length ?? 0;
  const stochastic = (v: number[]) => v.every((p) => p >= 0) && Math.abs(v.reduce((a, b) => a + b, 0) - 1) <= 1e-9;
  if (K === 0 || !stochastic(pi)) throw new Error('pi must be a distribution');
  if (A.length !== K || A.some((r) => r.length !== K || !stochastic(r))) throw new Error('A must be a K×K stochastic matrix');
  if (B.length !== K || M === 0 || B.some((r) => r.length !== M || !stochastic(r))) throw new Error('B must be a K×M stochastic matrix');
  if (obs.some((o) => !Number.isInteger(o) || o < 0 || o >= M)) throw new Error('observation out of range');

  let logLik = 0;
  let alpha: number[] = [];
  const filtered: number[][] = [];
  for (let t = 0; t < obs.length; t++) {
    const o = obs[t];
    const next = new Array(K);
    for (let z = 0; z < K; z++) {
      let prior = 0;
      if (t === 0) prior = pi[z];
      else for (let zp = 0; zp < K; zp++) prior += alpha[zp] * A[zp][z]; // from z' to z
      next[z] = prior * B[z][o];
    }
    const c = next.reduce((a, b) => a + b, 0); // P(x_t | x_1..t−1)
    alpha = next;
    filtered.push(next.map((v) => v / c));
    logLik = Math.log(alpha.reduce((a, b) => a + b, 0));
  }
  return { logLik: Number.isNaN(logLik) ? -Infinity : logLik, filtered };
}
