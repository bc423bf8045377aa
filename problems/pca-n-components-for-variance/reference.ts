// Reference: plain float64, cumulative ratios as a running sum of the ratios (np.cumsum order).
type Result = { ratios: number[]; cumulative: number[]; countAtLeast: number; countAbove: number };

export function componentsForVariance(eigenvalues: number[], tau: number): Result {
  const m = eigenvalues.length;
  if (m === 0) throw new Error('no eigenvalues');
  if (eigenvalues.some((v) => !Number.isFinite(v) || v < 0)) throw new Error('eigenvalues must be finite and >= 0');
  if (eigenvalues.some((v, i) => i > 0 && v > eigenvalues[i - 1]!)) throw new Error('eigenvalues must be in non-increasing order');
  const total = eigenvalues.reduce((s, v) => s + v, 0);
  if (total === 0) throw new Error('the total variance is 0');
  if (!(tau > 0 && tau < 1)) throw new Error('tau must lie in (0, 1)');
  const ratios = eigenvalues.map((v) => v / total);
  const cumulative: number[] = [];
  let c = 0;
  for (const r of ratios) { c += r; cumulative.push(c); }
  const first = (ok: (v: number) => boolean): number => { const i = cumulative.findIndex(ok); return i < 0 ? m : i + 1; };
  return { ratios, cumulative, countAtLeast: first((v) => v >= tau), countAbove: first((v) => v > tau) };
}
