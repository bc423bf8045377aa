// expect: wrong_answer
// mistake: computes the predictive with Γ and k! directly instead of in log space, which overflows to Infinity/NaN for counts in the hundreds
// caught-by: thousands of events
function lgamma(x: number): number {
  // Lanczos (g = 7) with reflection
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  x -= 1;
  let a = c[0]!;
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

export function gammaPoisson(counts: number[], alpha: number, beta: number, kQuery: number[]): { alphaPost: number; betaPost: number; mean: number; map: number; predictive: number[] } {
  if (!(alpha > 0) || !(beta > 0) || !Number.isFinite(alpha) || !Number.isFinite(beta)) throw new Error('bad prior');
  let total = 0;
  for (const c of counts) {
    if (!Number.isInteger(c) || c < 0) throw new Error('bad count');
    total += c;
  }
  for (const k of kQuery) if (!Number.isInteger(k) || k < 0) throw new Error('bad query');
  const a = alpha + total, b = beta + counts.length;
  const predictive = kQuery.map((k) => {
    const gamma = (x: number) => Math.exp(lgamma(x));
    let fact = 1;
    for (let i = 2; i <= k; i++) fact *= i;
    return (gamma(k + a) / (gamma(a) * fact)) * Math.pow(b / (b + 1), a) * Math.pow(1 / (b + 1), k);
  });
  return { alphaPost: a, betaPost: b, mean: a / b, map: a < 1 ? 0 : (a - 1) / b, predictive };
}
