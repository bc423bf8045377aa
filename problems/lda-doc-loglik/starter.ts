export function ldaDocLogLik(theta: number[], beta: number[][], words: number[]): { logLik: number; topicPosteriors: number[][] } {
  // TODO: p(w) = Σ_k θ_k β_{k,w}; log-likelihood = Σ log p(w_n); posterior over topics per word
  return { logLik: 0, topicPosteriors: words.map(() => theta.map(() => 1 / theta.length)) };
}
