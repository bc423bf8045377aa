// expect: wrong_answer
// mistake: reads β as a scale (mean αβ) instead of a rate (mean α/β)
// caught-by: rate 2
// ln Γ(z): shift z up to ≥ 15, then Stirling's series with five correction terms.
function lnGamma(z: number): number {
  let shift = 0;
  while (z < 15) { shift += Math.log(z); z += 1; }
  const z2 = 1 / (z * z);
  const series = (1 / 12 - z2 * (1 / 360 - z2 * (1 / 1260 - z2 * (1 / 1680 - z2 / 1188)))) / z;
  return (z - 0.5) * Math.log(z) - z + 0.5 * Math.log(2 * Math.PI) + series - shift;
}

export function poissonGammaLogPdf(k: number[], lambda: number, x: number[], alpha: number, beta: number): { poissonLogPmf: number[]; gammaLogPdf: number[] } {
  if (!Number.isFinite(lambda) || lambda < 0) throw new Error('bad lambda');
  if (!Number.isFinite(alpha) || !Number.isFinite(beta) || alpha <= 0 || beta <= 0) throw new Error('bad gamma parameters');
  const poissonLogPmf = k.map((kk) => {
    if (!Number.isInteger(kk) || kk < 0) throw new Error('bad k');
    if (lambda === 0) return kk === 0 ? 0 : -Infinity;
    return kk * Math.log(lambda) - lambda - lnGamma(kk + 1);
  });
  const gammaLogPdf = x.map((xx) => {
    if (Number.isNaN(xx)) throw new Error('NaN x');
    if (xx <= 0 || xx === Infinity) return -Infinity;
    return -alpha * Math.log(beta) + (alpha - 1) * Math.log(xx) - xx / beta - lnGamma(alpha);
  });
  return { poissonLogPmf, gammaLogPdf };
}
