// Reference: plain float64 TypeScript; the log-likelihood is a sum of per-word logs (a product would underflow).

function checkDistribution(p: readonly number[], what: string): void {
  if (p.some((v) => !(v >= 0) || !Number.isFinite(v)) || Math.abs(p.reduce((a, b) => a + b, 0) - 1) > 1e-9) {
    throw new Error(`${what} must be a probability vector`);
  }
}

export function ldaDocLogLik(theta: number[], beta: number[][], words: number[]): { logLik: number; topicPosteriors: number[][] } {
  const K = theta.length;
  if (K === 0 || beta.length !== K) throw new Error('theta and beta need the same, non-zero number of topics');
  const V = beta[0]!.length;
  if (V === 0 || beta.some((row) => row.length !== V)) throw new Error('every topic needs a distribution over the same V words');
  checkDistribution(theta, 'theta');
  beta.forEach((row, k) => checkDistribution(row, `beta[${k}]`));
  if (words.some((w) => !Number.isInteger(w) || w < 0 || w >= V)) throw new Error('word ids must be integers in [0, V)');
  let logLik = 0;
  const topicPosteriors = words.map((w) => {
    const joint = theta.map((t, k) => t * beta[k]![w]!);
    const p = joint.reduce((a, b) => a + b, 0);
    logLik += Math.log(p); // −∞ for a word no topic can produce
    return joint.map((j) => j / p); // NaN row then
  });
  return { logLik, topicPosteriors };
}
