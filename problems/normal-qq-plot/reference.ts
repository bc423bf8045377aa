// Reference: plain float64 TypeScript with the reference kit's normal quantile (AS241 + Newton, ~1e-16).
import { normalQuantile } from '../../grader/reference-kit/stats.ts';

/** Filliben's estimates of the medians of the uniform order statistics, as scipy computes them. */
function uniformOrderMedians(n: number): number[] {
  const m = Array.from({ length: n }, (_, k) => (k + 1 - 0.3175) / (n + 0.365));
  m[n - 1] = 0.5 ** (1 / n);
  m[0] = 1 - m[n - 1]!;
  return m;
}

export function normalQQ(x: number[]): [number[], number[], number[]] {
  const n = x.length;
  if (n === 0) throw new Error('x must not be empty');
  if (x.some((v) => !Number.isFinite(v))) throw new Error('x must be finite');
  const osm = uniformOrderMedians(n).map((p) => normalQuantile(p));
  const osr = [...x].sort((a, b) => a - b);
  const mx = osm.reduce((a, b) => a + b, 0) / n, my = osr.reduce((a, b) => a + b, 0) / n;
  let sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = osm[i]! - mx, dy = osr[i]! - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx; // NaN for n = 1 (sxx = 0)
  const intercept = my - slope * mx;
  const r = sxx > 0 && syy > 0 ? Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))) : Number.NaN;
  return [osm, osr, [slope, intercept, r]];
}
