export function componentsForVariance(
  eigenvalues: number[], tau: number,
): { ratios: number[]; cumulative: number[]; countAtLeast: number; countAbove: number } {
  const m = eigenvalues.length;
  if (m === 0) throw new Error('empty');
  let total = 0;
  for (let i = 0; i < m; i++) {
    const v = eigenvalues[i]!;
    if (!Number.isFinite(v) || v < 0) throw new Error('bad eigenvalue');
    if (i > 0 && v > eigenvalues[i - 1]!) throw new Error('not sorted descending');
    total += v;
  }
  if (total === 0) throw new Error('zero total variance');
  if (!(tau > 0 && tau < 1)) throw new Error('tau must be in (0, 1)');
  const ratios = eigenvalues.map((v) => v / total);
  const cumulative: number[] = [];
  let run = 0;
  for (const r of ratios) { run += r; cumulative.push(run); }
  // when rounding keeps every cumulative value below tau, all components are needed
  let countAtLeast = m, countAbove = m;
  for (let k = m - 1; k >= 0; k--) {
    if (cumulative[k]! >= tau) countAtLeast = k + 1;
    if (cumulative[k]! > tau) countAbove = k + 1;
  }
  return { ratios, cumulative, countAtLeast, countAbove };
}
