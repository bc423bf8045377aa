// expect: wrong_answer
// mistake: rounds a non-integer k to the nearest integer instead of giving it probability 0
// caught-by: impossible values of k
export function binomialPmf(k: number[], n: number, p: number): { pmf: number[]; logPmf: number[] } {
  if (!Number.isInteger(n) || n < 0) throw new Error('bad n');
  if (!(p >= 0 && p <= 1)) throw new Error('bad p');
  // log-factorial table: lf[i] = log(i!)
  const lf = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) lf[i] = lf[i - 1]! + Math.log(i);
  const logPmf = k.map((ki) => {
    if (Number.isNaN(ki)) throw new Error('NaN k');
    ki = Math.round(ki);
    if (ki < 0 || ki > n) return -Infinity;
    let l = lf[n]! - lf[ki]! - lf[n - ki]!;
    if (ki > 0) l += ki * Math.log(p);
    if (n - ki > 0) l += (n - ki) * Math.log1p(-p);
    return l;
  });
  return { pmf: logPmf.map(Math.exp), logPmf };
}
