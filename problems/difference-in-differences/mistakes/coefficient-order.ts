// expect: wrong_answer
// mistake: returns the coefficients as [α, β_post, β_treated, β_interaction], swapping the two main effects
// caught-by: treated group starts higher
export function diffInDiff(y: number[], treated: number[], post: number[]): { did: number; beta: number[] } {
  const n = y.length;
  if (n === 0 || treated.length !== n || post.length !== n) throw new Error('length mismatch');
  if ([...treated, ...post].some((v) => v !== 0 && v !== 1)) throw new Error('0/1 only');
  const s = [0, 0, 0, 0], c = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) { s[2 * treated[i]! + post[i]!]! += y[i]!; c[2 * treated[i]! + post[i]!]!++; }
  if (c.includes(0)) throw new Error('empty cell');
  const [cPre, cPost, tPre, tPost] = s.map((v, k) => v / c[k]!) as [number, number, number, number];
  const did = tPost - tPre - (cPost - cPre);
  return { did, beta: [cPre, cPost - cPre, tPre - cPre, did] };
}
