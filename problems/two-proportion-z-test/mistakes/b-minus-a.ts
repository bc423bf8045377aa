// expect: wrong_answer
// mistake: puts B − A in the numerator, flipping the sign of z
// caught-by: one group with zero conversions
function normCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const tail = (Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI)) * poly;
  return z >= 0 ? 1 - tail : tail;
}
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): { z: number; pValue: number } {
  if (![x1, n1, x2, n2].every(Number.isInteger)) throw new Error('integers required');
  if (n1 <= 0 || n2 <= 0 || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) throw new Error('invalid counts');
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: NaN, pValue: NaN };
  const z = (x2 / n2 - x1 / n1) / se;
  return { z, pValue: 2 * (1 - normCdf(Math.abs(z))) };
}
