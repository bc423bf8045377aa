// expect: wrong_answer
// mistake: measures the Jensen–Shannon divergence in bits (log base 2) while V uses natural logarithms
// caught-by: disjoint supports
export function optimalDiscriminator(pData: number[], pG: number[]): { dStar: number[]; value: number; jsd: number } {
  const n = pData.length;
  if (!n || pG.length !== n) throw new Error('bad lengths');
  const isDist = (p: number[]) => p.every((v) => v >= 0 && v < Infinity) && Math.abs(p.reduce((a, b) => a + b, 0) - 1) <= 1e-9;
  if (!isDist(pData) || !isDist(pG)) throw new Error('inputs must be distributions');
  let value = 0, jsd = 0;
  const dStar: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = pData[i], b = pG[i];
    if (a + b === 0) { dStar.push(NaN); continue; } // no mass: D* is undefined there
    const d = a / (a + b), m = (a + b) / 2;
    dStar.push(d);
    if (a > 0) { value += a * Math.log(d); jsd += 0.5 * a * Math.log2(a / m); } // 0·log 0 = 0
    if (b > 0) { value += b * Math.log(1 - d); jsd += 0.5 * b * Math.log2(b / m); }
  }
  return { dStar, value, jsd };
}
