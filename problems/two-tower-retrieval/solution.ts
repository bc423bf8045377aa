export function twoTowerTopK(
  userFeats: number[][], itemFeats: number[][],
  Wu1: number[][], bu1: number[], Wu2: number[][], bu2: number[],
  Wi1: number[][], bi1: number[], Wi2: number[][], bi2: number[],
  seen: number[][], k: number,
): { scores: number[][]; topK: number[][] } {
  const embed = (X: number[][], W1: number[][], b1: number[], W2: number[][], b2: number[]) => {
    const d = W1.length, h = b1.length, o = b2.length;
    if (!d || !h || !o || W1.some((r) => r.length !== h) || W2.length !== h || W2.some((r) => r.length !== o)) throw new Error('bad tower shapes');
    if ([...W1.flat(), ...b1, ...W2.flat(), ...b2].some((v) => !Number.isFinite(v))) throw new Error('non-finite parameter');
    return X.map((x) => {
      if (x.length !== d || x.some((v) => !Number.isFinite(v))) throw new Error('bad feature row');
      const hid = b1.map((b, j) => Math.max(0, b + x.reduce((s, xi, i) => s + xi * W1[i][j], 0)));
      const out = b2.map((b, c) => b + hid.reduce((s, v, j) => s + v * W2[j][c], 0));
      const norm = Math.hypot(...out);
      return norm > 0 ? out.map((v) => v / norm) : out.map(() => 0);
    });
  };
  const U = embed(userFeats, Wu1, bu1, Wu2, bu2);
  const V = embed(itemFeats, Wi1, bi1, Wi2, bi2);
  if (bu2.length !== bi2.length) throw new Error('output dimensions differ');
  if (!Number.isInteger(k) || k < 0) throw new Error('bad k');
  if (seen.length !== U.length || seen.some((r) => r.length !== V.length || r.some((s) => s !== 0 && s !== 1))) throw new Error('bad seen');
  const scores = U.map((u) => V.map((v) => u.reduce((s, x, c) => s + x * v[c], 0)));
  const topK = scores.map((row, ui) => {
    const idx = row.map((_, i) => i).filter((i) => seen[ui][i] === 0);
    idx.sort((a, b) => (row[b] - row[a]) || (a - b));
    return idx.slice(0, k);
  });
  return { scores, topK };
}
