function checkDistribution(name: string, p: number[]): void {
  if (p.some((v) => !(v >= 0) || !Number.isFinite(v))) throw new Error(`${name} must hold non-negative probabilities`);
  const s = p.reduce((a, b) => a + b, 0);
  if (Math.abs(s - 1) > 1e-9) throw new Error(`${name} must sum to 1`);
}

/**
 * Plain float64 optimal discriminator D* = p_data/(p_data + p_g) on a discrete support, the value
 * V(D*, G) and the Jensen–Shannon divergence (natural log). Points with both probabilities 0 get NaN in
 * dStar and are left out of the sums; 0·log 0 counts as 0.
 */
export function optimalDiscriminator(pData: number[], pG: number[]): { dStar: number[]; value: number; jsd: number } {
  if (pData.length === 0 || pData.length !== pG.length) throw new Error('pData and pG must be non-empty and of equal length');
  checkDistribution('pData', pData);
  checkDistribution('pG', pG);
  const xlogy = (x: number, y: number) => (x === 0 ? 0 : x * Math.log(y));
  let value = 0;
  let jsd = 0;
  const dStar = pData.map((pd, i) => {
    const pg = pG[i]!;
    if (pd + pg === 0) return Number.NaN;
    const d = pd / (pd + pg);
    value += xlogy(pd, d) + xlogy(pg, 1 - d);
    const m = (pd + pg) / 2;
    jsd += 0.5 * (xlogy(pd, pd / m) + xlogy(pg, pg / m));
    return d;
  });
  return { dStar, value, jsd };
}
