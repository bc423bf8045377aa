// expect: wrong_answer
// mistake: returns the joint θ_k·β_{k,w} as the topic posterior without dividing by p(w)
// caught-by: three topics, five words
export function ldaDocLogLik(theta: number[], beta: number[][], words: number[]): { logLik: number; topicPosteriors: number[][] } {
  const K = theta.length;
  if (K === 0 || beta.length !== K) throw new Error('topic count mismatch');
  const V = beta[0]!.length;
  const isDist = (p: number[]) => p.every((v) => Number.isFinite(v) && v >= 0) && Math.abs(p.reduce((s, v) => s + v, 0) - 1) <= 1e-9;
  if (!isDist(theta)) throw new Error('theta is not a distribution');
  for (const row of beta) if (row.length !== V || V === 0 || !isDist(row)) throw new Error('beta rows must be distributions');
  let logLik = 0;
  const topicPosteriors: number[][] = [];
  for (const w of words) {
    if (!Number.isInteger(w) || w < 0 || w >= V) throw new Error('word id out of range');
    let total = 0;
    const joint = theta.map((t, k) => {
      const v = t * beta[k]![w]!;
      total += v;
      return v;
    });
    logLik += Math.log(total);
    topicPosteriors.push(joint);
  }
  return { logLik, topicPosteriors };
}
