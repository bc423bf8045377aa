// Reference: plain float64 TypeScript.

export function woeIv(binIds: number[], y: number[], nBins: number): { woe: number[]; iv: number[]; totalIv: number } {
  const n = binIds.length;
  if (!Number.isInteger(nBins) || nBins < 1) throw new Error('nBins must be a positive integer');
  if (n === 0 || y.length !== n) throw new Error('binIds and y need the same, non-zero length');
  if (binIds.some((b) => !Number.isInteger(b) || b < 0 || b >= nBins)) throw new Error('bin ids must be integers in [0, nBins)');
  if (y.some((v) => v !== 0 && v !== 1)) throw new Error('y must be 0 or 1');
  const events = new Array<number>(nBins).fill(0), nonEvents = new Array<number>(nBins).fill(0);
  for (let i = 0; i < n; i++) (y[i] === 1 ? events : nonEvents)[binIds[i]!]!++;
  const totalEvents = events.reduce((a, b) => a + b, 0), totalNon = n - totalEvents;
  if (totalEvents === 0 || totalNon === 0) throw new Error('both events (y = 1) and non-events (y = 0) are needed');
  const woe: number[] = [], iv: number[] = [];
  for (let b = 0; b < nBins; b++) {
    const dNon = nonEvents[b]! / totalNon, dEv = events[b]! / totalEvents;
    const w = Math.log((dNon + 1e-4) / (dEv + 1e-4));
    woe.push(w);
    iv.push((dNon - dEv) * w);
  }
  return { woe, iv, totalIv: iv.reduce((a, b) => a + b, 0) };
}
