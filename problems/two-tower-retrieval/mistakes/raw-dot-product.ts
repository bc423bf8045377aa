// expect: wrong_answer
// mistake: skips the L2 normalisation and ranks by the raw dot product of the tower outputs
// caught-by: random 1
export function twoTowerTopK(
  userFeats: number[][], itemFeats: number[][],
  Wu1: number[][], bu1: number[], Wu2: number[][], bu2: number[],
  Wi1: number[][], bi1: number[], Wi2: number[][], bi2: number[],
  seen: number[][], k: number,
): { scores: number[][]; topK: number[][] } {
  const f = (X: number[][], W1: number[][], b1: number[], W2: number[][], b2: number[]) => {
    if (!W1.length || W1.some((r) => r.length !== b1.length) || W2.length !== b1.length || W2.some((r) => r.length !== b2.length) || X.some((x) => x.length !== W1.length)) throw new Error('shapes');
    return X.map((x) => {
      const hid = b1.map((b, j) => Math.max(0, b + x.reduce((s, xi, i) => s + xi * W1[i][j], 0)));
      return b2.map((b, c) => b + hid.reduce((s, v, j) => s + v * W2[j][c], 0));
    });
  };
  const U = f(userFeats, Wu1, bu1, Wu2, bu2), V = f(itemFeats, Wi1, bi1, Wi2, bi2);
  if (bu2.length !== bi2.length || !Number.isInteger(k) || k < 0 || seen.length !== U.length || seen.some((r) => r.length !== V.length)) throw new Error('shapes');
  const scores = U.map((u) => V.map((v) => u.reduce((s, x, c) => s + x * v[c], 0)));
  return { scores, topK: scores.map((row, ui) => row.map((_, i) => i).filter((i) => !seen[ui][i]).sort((a, b) => row[b] - row[a] || a - b).slice(0, k)) };
}
