export function tsneObjective(X: number[][], sigmas: number[], Y: number[][]): { P: number[][]; Q: number[][]; kl: number } {
  const n = X.length;
  if (n < 2) throw new Error('need two points');
  const d = X[0]!.length;
  if (d === 0) throw new Error('no features');
  for (const r of X) { if (r.length !== d) throw new Error('ragged X'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite X'); }
  if (Y.length !== n) throw new Error('Y rows');
  const e = Y[0]!.length;
  if (e === 0) throw new Error('empty embedding');
  for (const r of Y) { if (r.length !== e) throw new Error('ragged Y'); for (const v of r) if (!Number.isFinite(v)) throw new Error('non-finite Y'); }
  if (sigmas.length !== n) throw new Error('sigma count');
  for (const s of sigmas) if (!(s > 0) || !Number.isFinite(s)) throw new Error('bad sigma');
  const dist2 = (A: number[][], i: number, j: number) => { let s = 0; for (let t = 0; t < A[i]!.length; t++) s += (A[i]![t]! - A[j]![t]!) ** 2; return s; };

  // conditional affinities p(j|i): a softmax over j ≠ i, shifted by the row's largest logit
  const cond: number[][] = [];
  for (let i = 0; i < n; i++) {
    const logit = new Array<number>(n).fill(-Infinity);
    let m = -Infinity;
    for (let j = 0; j < n; j++) if (j !== i) { logit[j] = -dist2(X, i, j) / (2 * sigmas[i]! * sigmas[i]!); m = Math.max(m, logit[j]!); }
    const ex = logit.map((v) => (v === -Infinity ? 0 : Math.exp(v - m)));
    const s = ex.reduce((a, b) => a + b, 0);
    cond.push(ex.map((v) => v / s));
  }
  const P = cond.map((row, i) => row.map((v, j) => (i === j ? 0 : (v + cond[j]![i]!) / (2 * n))));
  // Student-t similarities in the embedding, normalised over all ordered pairs
  let Z = 0;
  const W = Y.map((_, i) => Y.map((__, j) => { if (i === j) return 0; const w = 1 / (1 + dist2(Y, i, j)); Z += w; return w; }));
  const Q = W.map((row) => row.map((v) => v / Z));
  let kl = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && P[i]![j]! > 0) kl += P[i]![j]! * Math.log(P[i]![j]! / Q[i]![j]!);
  return { P, Q, kl };
}
