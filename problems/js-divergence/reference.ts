// Reference: plain float64 TypeScript.

/** Σ p·log(p/m) over p > 0 (0·log 0 = 0; p > 0 implies m > 0 here). */
function klToMixture(p: readonly number[], m: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) if (p[i]! > 0) s += p[i]! * Math.log(p[i]! / m[i]!);
  return s;
}

function checkDistribution(p: readonly number[], name: string): void {
  if (p.some((v) => !(v >= 0) || !Number.isFinite(v))) throw new Error(`${name} must be finite and non-negative`);
  const sum = p.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-9) throw new Error(`${name} must sum to 1 (got ${sum})`);
}

export function jsDivergence(P: number[], Q: number[]): { nats: number; bits: number } {
  if (P.length === 0 || P.length !== Q.length) throw new Error('P and Q need the same, non-zero length');
  checkDistribution(P, 'P');
  checkDistribution(Q, 'Q');
  const M = P.map((p, i) => 0.5 * (p + Q[i]!));
  const nats = Math.max(0, 0.5 * klToMixture(P, M) + 0.5 * klToMixture(Q, M));
  return { nats, bits: nats / Math.LN2 };
}
