// Reference: plain float64 TypeScript.

export function cltStandardize(samples: number[][], mu: number, sigma2: number): { z: number[]; coverage95: number; runningMean: number[] } {
  if (samples.length === 0) throw new Error('samples needs at least one row');
  const n = samples[0]!.length;
  if (n === 0 || samples.some((row) => row.length !== n)) throw new Error('every row must hold the same, non-zero number of draws');
  if (samples.some((row) => row.some((v) => !Number.isFinite(v)))) throw new Error('draws must be finite');
  if (!Number.isFinite(mu) || !(sigma2 > 0) || !Number.isFinite(sigma2)) throw new Error('mu must be finite and sigma2 a finite number > 0');
  const scale = Math.sqrt(n * sigma2);
  const z = samples.map((row) => (row.reduce((a, b) => a + b, 0) - n * mu) / scale);
  const coverage95 = z.filter((v) => Math.abs(v) <= 1.96).length / z.length;
  let sum = 0;
  const runningMean = samples[0]!.map((v, t) => (sum += v) / (t + 1));
  return { z, coverage95, runningMean };
}
