// expect: wrong_answer
// mistake: normalises the Gaussian affinities once over all pairs instead of per row with each point's own bandwidth
// caught-by: bandwidths differ per point
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

  // one normaliser over all pairs k ≠ l
  const K = X.map((_, i) => X.map((__, j) => (i === j ? 0 : Math.exp(-dist2(X, i, j) / (2 * sigmas[i]! * sigmas[i]!)))));
  const total = K.reduce((a, row) => a + row.reduce((b, v) => b + v, 0), 0);
  const P = K.map((row, i) => row.map((v, j) => (i === j ? 0 : (v + K[j]![i]!) / (2 * total))));
  // Student-t similarities in the embedding, normalised over all ordered pairs
  let Z = 0;
  const W = Y.map((_, i) => Y.map((__, j) => { if (i === j) return 0; const w = 1 / (1 + dist2(Y, i, j)); Z += w; return w; }));
  const Q = W.map((row) => row.map((v) => v / Z));
  let kl = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j && P[i]![j]! > 0) kl += P[i]![j]! * Math.log(P[i]![j]! / Q[i]![j]!);
  return { P, Q, kl };
}
