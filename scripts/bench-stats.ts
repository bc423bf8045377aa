/** Statistics, tables, flags and the problem mix shared by the benchmark scripts (`bench:latency`, `bench:http`). */

/** nearest-rank percentile: the smallest value with at least p% of the values at or below it */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export type Stats = { n: number; p50: number; p95: number; max: number; mean: number };

export function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), max: s.at(-1) ?? NaN, mean: s.reduce((a, b) => a + b, 0) / (s.length || 1) };
}

/** milliseconds, rounded; '-' for a missing value */
export const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '-');

/** Columns padded to their widest cell; the first column and a 'verdicts' column left-aligned, the rest right-aligned. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const leftAligned = (i: number) => i === 0 || headers[i] === 'verdicts';
  const line = (cells: string[]) => cells.map((c, i) => (leftAligned(i) ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The benchmarks' mix: problems of different kinds and sizes. */
export const BENCH_SLUGS = ['kmeans-lloyd', 'scaled-dot-product-attention', 'stable-softmax', 'roc-auc', 'logistic-regression-gd'];

/** A numeric command-line flag, or a clear error. */
export function positiveInt(name: string, raw: string | undefined, min = 1): number {
  const v = Number(raw);
  if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be an integer ≥ ${min} (got ${raw})`);
  return v;
}
