// expect: wrong_answer
// mistake: normalises by 1/(2πσ²) instead of 1/√(2πσ²)
// caught-by: variance 4
export function normalPdf(x: number[], mu: number, sigma2: number): { pdf: number[]; logPdf: number[] } {
  if (!Number.isFinite(mu) || !Number.isFinite(sigma2) || sigma2 <= 0) throw new Error('bad parameters');
  const c = 1 / (2 * Math.PI * sigma2), logC = Math.log(c);
  const pdf: number[] = [], logPdf: number[] = [];
  for (const v of x) {
    if (Number.isNaN(v)) throw new Error('NaN');
    if (!Number.isFinite(v)) { pdf.push(0); logPdf.push(-Infinity); continue; }
    const q = ((v - mu) * (v - mu)) / (2 * sigma2);
    pdf.push(c * Math.exp(-q));
    logPdf.push(logC - q);
  }
  return { pdf, logPdf };
}
