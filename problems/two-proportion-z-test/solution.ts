// Upper normal tail P(Z > z) for z >= 0, with a small relative error everywhere: the erf Maclaurin
// series where the tail is large, a continued fraction for erfc where it is small.
function upperTail(z: number): number {
  const x = z / Math.SQRT2;
  if (x < 2.5) {
    let term = x, s = x;
    for (let n = 1; n < 300; n++) {
      term *= (-x * x) / n;
      const add = term / (2 * n + 1);
      s += add;
      if (Math.abs(add) < 1e-18) break;
    }
    return 0.5 * (1 - (2 / Math.sqrt(Math.PI)) * s);
  }
  let f = 0;
  for (let k = 80; k >= 1; k--) f = k / 2 / (x + f);
  return (0.5 * Math.exp(-x * x)) / Math.sqrt(Math.PI) / (x + f);
}

export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): { z: number; pValue: number } {
  if (![x1, n1, x2, n2].every(Number.isInteger)) throw new Error('integers required');
  if (n1 <= 0 || n2 <= 0 || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) throw new Error('invalid counts');
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: NaN, pValue: NaN };
  const z = (x1 / n1 - x2 / n2) / se;
  return { z, pValue: 2 * upperTail(Math.abs(z)) };
}
