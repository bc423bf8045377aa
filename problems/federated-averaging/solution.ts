export function fedAvg(wGlobal: number[], clientWeights: number[][], clientSizes: number[], clipNorm: number, noise: number[]): number[] {
  const d = wGlobal.length, K = clientWeights.length;
  if (d === 0 || K === 0 || clientSizes.length !== K || noise.length !== d) throw new Error('bad shapes');
  if (clientWeights.some((w) => w.length !== d)) throw new Error('bad client weights');
  if (clientSizes.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('bad client size');
  const n = clientSizes.reduce((a, b) => a + b, 0);
  if (n === 0 || !(clipNorm > 0)) throw new Error('no data or bad clipNorm');
  if (![...wGlobal, ...clientWeights.flat(), ...noise].every(Number.isFinite)) throw new Error('non-finite value');
  const out = wGlobal.map((v, j) => v + noise[j]!);
  for (let k = 0; k < K; k++) {
    const delta = clientWeights[k]!.map((v, j) => v - wGlobal[j]!);
    const maxAbs = Math.max(...delta.map(Math.abs));
    const norm = maxAbs === 0 ? 0 : maxAbs * Math.sqrt(delta.reduce((s, x) => s + (x / maxAbs) ** 2, 0));
    const scale = norm > clipNorm ? clipNorm / norm : 1;
    for (let j = 0; j < d; j++) out[j] += (clientSizes[k]! / n) * scale * delta[j]!;
  }
  return out;
}
