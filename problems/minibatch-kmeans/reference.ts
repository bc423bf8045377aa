// Reference: plain float64; nearest centre by squared Euclidean distance, ties to the lower index.
import { argminLowest, squaredDistance } from '../../grader/reference-kit/float64.ts';

type Result = { centers: number[][]; counts: number[] };

/** Also reports, per assigned point, the relative gap between its nearest and second-nearest centre. */
export function runMiniBatch(X: number[][], init: number[][], batches: number[][]): Result & { gaps: number[] } {
  const n = X.length;
  if (n === 0) throw new Error('X is empty');
  const d = X[0]!.length;
  if (d === 0 || X.some((r) => r.length !== d)) throw new Error('rows of X must have the same length >= 1');
  if (init.length === 0 || init.some((c) => c.length !== d)) throw new Error('init must hold at least one centre of the width of X');
  for (const b of batches) for (const i of b) if (!Number.isInteger(i) || i < 0 || i >= n) throw new Error('batch index out of range');
  const centers = init.map((c) => [...c]);
  const counts = new Array<number>(centers.length).fill(0);
  const gaps: number[] = [];
  for (const batch of batches) {
    const sums = centers.map(() => new Array<number>(d).fill(0));
    const got = new Array<number>(centers.length).fill(0);
    for (const i of batch) {
      const dist = centers.map((c) => squaredDistance(X[i]!, c));
      const c = argminLowest(dist);
      const sorted = [...dist].sort((a, b) => a - b);
      if (sorted.length > 1) gaps.push((sorted[1]! - sorted[0]!) / Math.max(sorted[1]!, 1e-300));
      got[c]!++;
      X[i]!.forEach((v, j) => { sums[c]![j]! += v; });
    }
    centers.forEach((mu, c) => {
      if (got[c] === 0) return;
      centers[c] = mu.map((v, j) => (v * counts[c]! + sums[c]![j]!) / (counts[c]! + got[c]!));
      counts[c]! += got[c]!;
    });
  }
  return { centers, counts, gaps };
}

export function miniBatchKMeans(X: number[][], init: number[][], batches: number[][]): Result {
  const { centers, counts } = runMiniBatch(X, init, batches);
  return { centers, counts };
}
