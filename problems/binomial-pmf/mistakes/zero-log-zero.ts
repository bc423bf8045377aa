// expect: wrong_answer
// mistake: multiplies k by log p even when k = 0, so p = 0 gives 0·(−∞) = NaN instead of probability 1 for k = 0
// caught-by: p equal to 0
export function binomialPmf(k: number[], n: number, p: number): { pmf: number[]; logPmf: number[] } {
  if (!Number.isInteger(n) || n < 0) throw new Error('bad n');
  if (!(p >= 0 && p <= 1)) throw new Error('bad p');
  // log-factorial table: lf[i] = log(i!)
  const lf = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) lf[i] = lf[i - 1]! + Math.log(i);
  const logPmf = k.map((ki) => {
    if (Number.isNaN(ki)) throw new Error('NaN k');
    if (!Number.isInteger(ki) || ki < 0 || ki > n) return -Infinity;
    let l = lf[n]! - lf[ki]! - lf[n - ki]!;
    l += ki * Math.log(p);
    l += (n - ki) * Math.log1p(-p);
    return l;
  });
  return { pmf: logPmf.map(Math.exp), logPmf };
}
