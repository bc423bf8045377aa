// expect: wrong_answer
// mistake: clips the averaged update instead of each client's update
// caught-by: one client clipped
export function fedAvg(wGlobal: number[], clientWeights: number[][], clientSizes: number[], clipNorm: number, noise: number[]): number[] {
  const d = wGlobal.length, K = clientWeights.length;
  if (d === 0 || K === 0 || clientSizes.length !== K || noise.length !== d) throw new Error('bad shapes');
  if (clientWeights.some((w) => w.length !== d)) throw new Error('bad client weights');
  if (clientSizes.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('bad client size');
  const n = clientSizes.reduce((a, b) => a + b, 0);
  if (n === 0 || !(clipNorm > 0)) throw new Error('no data or bad clipNorm');
  if (![...wGlobal, ...clientWeights.flat(), ...noise].every(Number.isFinite)) throw new Error('non-finite value');
  const avg = new Array<number>(d).fill(0);
  for (let k = 0; k < K; k++) {
    for (let j = 0; j < d; j++) avg[j] += (clientSizes[k]! / n) * (clientWeights[k]![j]! - wGlobal[j]!);
  }
  const norm = Math.sqrt(avg.reduce((s, x) => s + x * x, 0));
  const scale = norm > clipNorm ? clipNorm / norm : 1;
  return wGlobal.map((v, j) => v + scale * avg[j]! + noise[j]!);
}
