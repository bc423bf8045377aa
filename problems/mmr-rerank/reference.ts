// Reference: plain float64 TypeScript (a greedy argmax; float32 would flip near-ties).
function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** The selection plus, for test generation, the smallest gap between the winner and a different-valued runner-up. */
export function mmrTrace(relevance: number[], embeddings: number[][], lambda: number, topK: number): { selected: number[]; gap: number } {
  const n = relevance.length;
  if (embeddings.length !== n) throw new Error('embeddings need one row per item');
  const dim = embeddings[0]?.length ?? 0;
  if (embeddings.some((e) => e.length !== dim)) throw new Error('every embedding must have the same length');
  if ([...relevance, ...embeddings.flat()].some((v) => !Number.isFinite(v))) throw new Error('relevance and embeddings must be finite');
  if (!(lambda >= 0 && lambda <= 1)) throw new Error('lambda must lie in [0, 1]');
  if (!Number.isInteger(topK) || topK < 0) throw new Error('topK must be a non-negative integer');
  const selected: number[] = [];
  const maxSim = new Array<number>(n).fill(Number.NEGATIVE_INFINITY);
  const chosen = new Array<boolean>(n).fill(false);
  let gap = Number.POSITIVE_INFINITY;
  while (selected.length < Math.min(topK, n)) {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    const scores: number[] = [];
    for (let i = 0; i < n; i++) {
      if (chosen[i]) continue;
      // while nothing is selected the similarity penalty is 0
      const score = (1 - lambda) * relevance[i]! - lambda * (selected.length === 0 ? 0 : maxSim[i]!);
      scores.push(score);
      // strictly greater: ties keep the lower index
      if (best < 0 || score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    for (const s of scores) if (s !== bestScore) gap = Math.min(gap, bestScore - s);
    chosen[best] = true;
    selected.push(best);
    for (let i = 0; i < n; i++) if (!chosen[i]) maxSim[i] = Math.max(maxSim[i]!, dot(embeddings[i]!, embeddings[best]!));
  }
  return { selected, gap };
}

export function mmrRerank(relevance: number[], embeddings: number[][], lambda: number, topK: number): number[] {
  return mmrTrace(relevance, embeddings, lambda, topK).selected;
}
