export function diffInDiff(y: number[], treated: number[], post: number[]): { did: number; beta: number[] } {
  const n = y.length;
  if (n === 0 || treated.length !== n || post.length !== n) throw new Error('length mismatch');
  const s = [0, 0, 0, 0], c = [0, 0, 0, 0]; // cells: 2·treated + post
  for (let i = 0; i < n; i++) {
    const t = treated[i], p = post[i];
    if ((t !== 0 && t !== 1) || (p !== 0 && p !== 1)) throw new Error('indicators must be 0/1');
    if (!Number.isFinite(y[i]!)) throw new Error('bad outcome');
    s[2 * t + p]! += y[i]!;
    c[2 * t + p]! += 1;
  }
  if (c.some((k) => k === 0)) throw new Error('empty cell');
  const m = s.map((v, k) => v / c[k]!);
  const [cPre, cPost, tPre, tPost] = m as [number, number, number, number];
  const did = tPost - tPre - (cPost - cPre);
  return { did, beta: [cPre, tPre - cPre, cPost - cPre, did] };
}
