// expect: wrong_answer
// mistake: adds the 1e-4 smoothing to the counts before dividing instead of to the distributions, which barely smooths and lets an event-free bin's WoE explode
// caught-by: a bin without events
export function woeIv(binIds: number[], y: number[], nBins: number): { woe: number[]; iv: number[]; totalIv: number } {
  const n = binIds.length;
  if (!Number.isInteger(nBins) || nBins < 1) throw new Error('bad nBins');
  if (n === 0 || y.length !== n) throw new Error('length mismatch');
  const bad = new Array<number>(nBins).fill(0), good = new Array<number>(nBins).fill(0);
  let B = 0, G = 0;
  for (let i = 0; i < n; i++) {
    const b = binIds[i]!;
    if (!Number.isInteger(b) || b < 0 || b >= nBins) throw new Error('bad bin id');
    if (y[i] === 1) { bad[b]!++; B++; } else if (y[i] === 0) { good[b]!++; G++; } else throw new Error('y must be 0/1');
  }
  if (B === 0 || G === 0) throw new Error('need both classes');
  const woe: number[] = [], iv: number[] = [];
  let totalIv = 0;
  for (let b = 0; b < nBins; b++) {
    const pg = good[b]! / G, pb = bad[b]! / B;
    const w = Math.log(((good[b]! + 0.0001) / G) / ((bad[b]! + 0.0001) / B));
    woe.push(w);
    iv.push((pg - pb) * w);
    totalIv += (pg - pb) * w;
  }
  return { woe, iv, totalIv };
}
