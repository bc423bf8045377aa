/** Two towers (Dense → ReLU → Dense → L2-normalise, zero stays zero), cosine scores, and the top-k unseen items per user. */
function isMatrix(a: number[][], rows: number, cols: number): boolean {
  return a.length === rows && a.every((r) => r.length === cols && r.every(Number.isFinite));
}

function tower(X: number[][], W1: number[][], b1: number[], W2: number[][], b2: number[], what: string): number[][] {
  const d = W1.length;
  const h = b1.length;
  const o = b2.length;
  if (d === 0 || h === 0 || o === 0 || !isMatrix(W1, d, h) || !isMatrix(W2, h, o) || ![...b1, ...b2].every(Number.isFinite)) throw new Error(`${what} tower: W1 must be d×h, b1 h, W2 h×o, b2 o`);
  if (X.some((x) => x.length !== d || !x.every(Number.isFinite))) throw new Error(`${what} features must have ${d} finite columns`);
  return X.map((x) => {
    const hidden = b1.map((bj, j) => Math.max(0, x.reduce((s, xi, i) => s + xi * W1[i]![j]!, bj)));
    const out = b2.map((bk, k) => hidden.reduce((s, hj, j) => s + hj * W2[j]![k]!, bk));
    const norm = Math.sqrt(out.reduce((s, v) => s + v * v, 0));
    return norm === 0 ? out.map(() => 0) : out.map((v) => v / norm);
  });
}

export function scoreMatrix(userFeats: number[][], itemFeats: number[][], Wu1: number[][], bu1: number[], Wu2: number[][], bu2: number[], Wi1: number[][], bi1: number[], Wi2: number[][], bi2: number[]): number[][] {
  const U = tower(userFeats, Wu1, bu1, Wu2, bu2, 'user');
  const V = tower(itemFeats, Wi1, bi1, Wi2, bi2, 'item');
  if (bu2.length !== bi2.length) throw new Error('both towers must output the same dimension');
  return U.map((u) => V.map((v) => u.reduce((s, x, k) => s + x * v[k]!, 0)));
}

export function twoTowerTopK(
  userFeats: number[][], itemFeats: number[][],
  Wu1: number[][], bu1: number[], Wu2: number[][], bu2: number[],
  Wi1: number[][], bi1: number[], Wi2: number[][], bi2: number[],
  seen: number[][], k: number,
): { scores: number[][]; topK: number[][] } {
  const scores = scoreMatrix(userFeats, itemFeats, Wu1, bu1, Wu2, bu2, Wi1, bi1, Wi2, bi2);
  if (!Number.isInteger(k) || k < 0) throw new Error('k must be a non-negative integer');
  if (seen.length !== userFeats.length || seen.some((row) => row.length !== itemFeats.length || row.some((s) => s !== 0 && s !== 1))) throw new Error('seen must be a users×items matrix of 0/1');
  const topK = scores.map((row, u) =>
    row.map((s, i) => ({ s, i })).filter(({ i }) => seen[u]![i] === 0).sort((a, b) => b.s - a.s || a.i - b.i).slice(0, k).map(({ i }) => i),
  );
  return { scores, topK };
}
