// expect: wrong_answer
// mistake: takes the log of the density, which is −Infinity once the density underflows, instead of computing the log-density directly
// caught-by: forty standard deviations out
export function normalPdf(x: number[], mu: number, sigma2: number): { pdf: number[]; logPdf: number[] } {
  if (!Number.isFinite(mu) || !Number.isFinite(sigma2) || sigma2 <= 0) throw new Error('bad parameters');
  const c = 1 / Math.sqrt(2 * Math.PI * sigma2), logC = Math.log(c);
  const pdf: number[] = [], logPdf: number[] = [];
  for (const v of x) {
    if (Number.isNaN(v)) throw new Error('NaN');
    if (!Number.isFinite(v)) { pdf.push(0); logPdf.push(-Infinity); continue; }
    const q = ((v - mu) * (v - mu)) / (2 * sigma2);
    pdf.push(c * Math.exp(-q));
    logPdf.push(Math.log(c * Math.exp(-q)));
  }
  return { pdf, logPdf };
}
