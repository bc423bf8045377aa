// expect: wrong_answer
// mistake: replaces the best on equal scores too (>=), so ties go to the last index
// caught-by: duplicate items tie
export function mmrRerank(relevance: number[], embeddings: number[][], lambda: number, topK: number): number[] {
  const n = relevance.length;
  if (embeddings.length !== n) throw new Error('one embedding per item');
  const dim = n > 0 ? embeddings[0]!.length : 0;
  if (embeddings.some((e) => e.length !== dim)) throw new Error('ragged embeddings');
  if (![...relevance, ...embeddings.flat()].every(Number.isFinite)) throw new Error('non-finite input');
  if (!(lambda >= 0 && lambda <= 1) || !Number.isInteger(topK) || topK < 0) throw new Error('bad lambda or topK');
  const sim = (a: number, b: number) => embeddings[a]!.reduce((s, v, k) => s + v * embeddings[b]![k]!, 0);
  const selected: number[] = [];
  const remaining = Array.from({ length: n }, (_, i) => i);
  while (selected.length < topK && remaining.length > 0) {
    let bestPos = -1, bestScore = -Infinity;
    remaining.forEach((i, pos) => {
      const maxSim = selected.length === 0 ? 0 : Math.max(...selected.map((s) => sim(i, s)));
      const score = (1 - lambda) * relevance[i]! - lambda * maxSim;
      if (bestPos < 0 || score >= bestScore) {
        bestPos = pos;
        bestScore = score;
      }
    });
    selected.push(remaining[bestPos]!);
    remaining.splice(bestPos, 1);
  }
  return selected;
}
