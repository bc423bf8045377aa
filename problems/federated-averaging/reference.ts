// Reference: plain float64 TypeScript; norms scaled so large updates do not overflow.
import { norm2 } from '../../grader/reference-kit/linalg.ts';

export function fedAvg(wGlobal: number[], clientWeights: number[][], clientSizes: number[], clipNorm: number, noise: number[]): number[] {
  const d = wGlobal.length;
  const K = clientWeights.length;
  if (d === 0) throw new Error('wGlobal must not be empty');
  if (K === 0) throw new Error('there must be at least one client');
  if (clientWeights.some((w) => w.length !== d) || noise.length !== d) throw new Error('every weight vector and the noise must have the length of wGlobal');
  if (clientSizes.length !== K) throw new Error('clientSizes needs one entry per client');
  if (clientSizes.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('client sizes must be non-negative integers');
  const total = clientSizes.reduce((s, n) => s + n, 0);
  if (total === 0) throw new Error('the clients hold no data');
  if (!(clipNorm > 0)) throw new Error('clipNorm must be positive (Infinity disables clipping)');
  if ([...wGlobal, ...clientWeights.flat(), ...noise].some((v) => !Number.isFinite(v))) throw new Error('weights and noise must be finite');
  const aggregate = new Array<number>(d).fill(0);
  clientWeights.forEach((w, k) => {
    const delta = w.map((v, j) => v - wGlobal[j]!);
    const norm = norm2(delta);
    const factor = norm > clipNorm ? clipNorm / norm : 1;
    for (let j = 0; j < d; j++) aggregate[j] = aggregate[j]! + (clientSizes[k]! / total) * factor * delta[j]!;
  });
  return wGlobal.map((v, j) => v + aggregate[j]! + noise[j]!);
}
