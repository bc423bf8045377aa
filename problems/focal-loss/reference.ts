/** Plain float64 mean binary focal loss with probabilities clipped to [1e-7, 1 − 1e-7]. */
export function focalLoss(y: number[], p: number[], alpha: number, gamma: number): number {
  if (y.length === 0 || y.length !== p.length) throw new Error('y and p must be non-empty and of equal length');
  if (!(alpha >= 0 && alpha <= 1)) throw new Error('alpha must lie in [0, 1]');
  if (!(gamma >= 0) || !Number.isFinite(gamma)) throw new Error('gamma must be a finite number ≥ 0');
  if (y.some((v) => v !== 0 && v !== 1)) throw new Error('labels must be 0 or 1');
  if (p.some((v) => !(v >= 0 && v <= 1))) throw new Error('probabilities must lie in [0, 1]');
  const eps = 1e-7;
  let total = 0;
  y.forEach((yi, i) => {
    const pc = Math.min(Math.max(p[i]!, eps), 1 - eps);
    const pt = yi === 1 ? pc : 1 - pc;
    const at = yi === 1 ? alpha : 1 - alpha;
    total += -at * Math.pow(1 - pt, gamma) * Math.log(pt);
  });
  return total / y.length;
}
