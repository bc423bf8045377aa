// expect: wrong_answer
// mistake: computes C(n, k) = n!/(k!(n − k)!)·p^k·(1 − p)^(n−k) from a table of factorials, which overflow to Infinity beyond 170!
// caught-by: a hundred thousand trials
export function binomialPmf(k: number[], n: number, p: number): { pmf: number[]; logPmf: number[] } {
  if (!Number.isInteger(n) || n < 0) throw new Error('bad n');
  if (!(p >= 0 && p <= 1)) throw new Error('bad p');
  // log-factorial table: lf[i] = log(i!)
  const lf = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) lf[i] = lf[i - 1]! + Math.log(i);
  const fact = [1];
  for (let i = 1; i <= n; i++) fact.push(fact[i - 1]! * i);
  const logPmf = k.map((ki) => {
    if (Number.isNaN(ki)) throw new Error('NaN k');
    if (!Number.isInteger(ki) || ki < 0 || ki > n) return -Infinity;
    return Math.log((fact[n]! / (fact[ki]! * fact[n - ki]!)) * Math.pow(p, ki) * Math.pow(1 - p, n - ki));
  });
  return { pmf: logPmf.map(Math.exp), logPmf };
}
