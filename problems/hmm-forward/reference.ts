function checkDistribution(name: string, v: number[]): void {
  if (v.some((p) => !(p >= 0) || !Number.isFinite(p))) throw new Error(`${name} must hold non-negative probabilities`);
  const s = v.reduce((a, b) => a + b, 0);
  if (Math.abs(s - 1) > 1e-9) throw new Error(`${name} must sum to 1 (got ${s})`);
}

/**
 * Plain float64 scaled forward algorithm: α̂_t = normalized α_t, log P(x_1:T) = Σ log c_t. After an
 * impossible observation (c_t = 0) the likelihood is −Infinity and every later filtered row is NaN.
 */
export function hmmForward(pi: number[], A: number[][], B: number[][], obs: number[]): { logLik: number; filtered: number[][] } {
  const K = pi.length;
  if (K === 0) throw new Error('there must be at least one hidden state');
  checkDistribution('pi', pi);
  if (A.length !== K || A.some((r) => r.length !== K)) throw new Error(`A must be ${K}×${K}`);
  A.forEach((r, i) => checkDistribution(`row ${i} of A`, r));
  const M = B[0]?.length ?? 0;
  if (B.length !== K || M === 0 || B.some((r) => r.length !== M)) throw new Error(`B must be ${K}×M with M ≥ 1`);
  B.forEach((r, i) => checkDistribution(`row ${i} of B`, r));
  if (obs.some((o) => !Number.isInteger(o) || o < 0 || o >= M)) throw new Error(`observations must be integers in [0, ${M})`);

  let logLik = 0;
  const filtered: number[][] = [];
  let alpha: number[] | null = null;
  for (const o of obs) {
    let next: number[];
    if (alpha === null) next = pi.map((p, z) => p * B[z]![o]!);
    else {
      const a: number[] = alpha;
      next = Array.from({ length: K }, (_, z) => a.reduce((s, az, zp) => s + az * A[zp]![z]!, 0) * B[z]![o]!);
    }
    const c = next.reduce((s, v) => s + v, 0);
    if (!(c > 0) || Number.isNaN(logLik)) {
      logLik = Number.NEGATIVE_INFINITY;
      alpha = next.map(() => Number.NaN);
    } else {
      logLik += Math.log(c);
      alpha = next.map((v) => v / c);
    }
    filtered.push(alpha);
  }
  return { logLik, filtered };
}
