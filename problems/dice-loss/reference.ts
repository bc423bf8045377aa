/** Plain float64 soft Dice losses with smoothing ε in numerator and denominator. */
export function diceLoss(pred: number[], target: number[], eps: number): { squared: number; linear: number } {
  if (pred.length === 0 || pred.length !== target.length) throw new Error('pred and target must be non-empty and of equal length');
  if (!(eps >= 0) || !Number.isFinite(eps)) throw new Error('eps must be a finite number ≥ 0');
  if ([...pred, ...target].some((v) => !(v >= 0 && v <= 1))) throw new Error('values must lie in [0, 1]');
  let inter = 0, p1 = 0, g1 = 0, p2 = 0, g2 = 0;
  pred.forEach((p, i) => {
    const g = target[i]!;
    inter += p * g;
    p1 += p; g1 += g;
    p2 += p * p; g2 += g * g;
  });
  return {
    squared: 1 - (2 * inter + eps) / (p2 + g2 + eps),
    linear: 1 - (2 * inter + eps) / (p1 + g1 + eps),
  };
}
