// Reference: plain float64 TypeScript. The 2×2 regression is saturated, so its OLS fit reproduces the four
// cell means exactly and the coefficients follow from them in closed form.

export function diffInDiff(y: number[], treated: number[], post: number[]): { did: number; beta: number[] } {
  const n = y.length;
  if (n === 0 || treated.length !== n || post.length !== n) throw new Error('y, treated and post need the same, non-zero length');
  if (y.some((v) => !Number.isFinite(v))) throw new Error('outcomes must be finite');
  if ([...treated, ...post].some((v) => v !== 0 && v !== 1)) throw new Error('treated and post must be 0 or 1');
  const sum = [[0, 0], [0, 0]], count = [[0, 0], [0, 0]];
  for (let i = 0; i < n; i++) {
    sum[treated[i]!]![post[i]!]! += y[i]!;
    count[treated[i]!]![post[i]!]!++;
  }
  const mean = (t: number, p: number): number => {
    if (count[t]![p] === 0) throw new Error(`the ${t ? 'treated' : 'control'} group has no ${p ? 'post' : 'pre'}-period observation`);
    return sum[t]![p]! / count[t]![p]!;
  };
  const cPre = mean(0, 0), cPost = mean(0, 1), tPre = mean(1, 0), tPost = mean(1, 1);
  const did = (tPost - tPre) - (cPost - cPre);
  return { did, beta: [cPre, tPre - cPre, cPost - cPre, did] };
}
