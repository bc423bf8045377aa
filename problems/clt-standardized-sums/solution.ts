export function cltStandardize(samples: number[][], mu: number, sigma2: number): { z: number[]; coverage95: number; runningMean: number[] } {
  const trials = samples.length;
  if (trials === 0) throw new Error('no trials');
  const n = samples[0]!.length;
  for (const row of samples) {
    if (row.length !== n || n === 0) throw new Error('rows must have equal, non-zero length');
    for (const v of row) if (!Number.isFinite(v)) throw new Error('bad draw');
  }
  if (!Number.isFinite(mu) || !Number.isFinite(sigma2) || sigma2 <= 0) throw new Error('bad parameters');
  const z: number[] = [];
  let inside = 0;
  for (const row of samples) {
    let s = 0;
    for (const v of row) s += v;
    const zi = (s - n * mu) / Math.sqrt(n * sigma2);
    z.push(zi);
    if (Math.abs(zi) <= 1.96) inside++;
  }
  const runningMean: number[] = [];
  let acc = 0;
  samples[0]!.forEach((v, t) => { acc += v; runningMean.push(acc / (t + 1)); });
  return { z, coverage95: inside / trials, runningMean };
}
