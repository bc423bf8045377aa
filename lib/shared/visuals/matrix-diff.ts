import { isRecord, numericMatrix, numericVector } from './numeric';
import type { DiffHeatmapVisual } from './types';

/** Most cells drawn along each axis; larger arrays show the window around their largest difference. */
export const MAX_DIFF_CELLS_PER_AXIS = 64;
const MAX_DEPTH = 4;
/** elements of an array of arrays (e.g. heads, channels, layers) compared one by one */
const MAX_SLICES = 8;

type PathPart = string | number;

/** Same notation as the grader's positions: "output" for the value itself, then "centroids[1]", "stats.mean". */
function formatPath(path: readonly PathPart[]): string {
  const out = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return path.length === 0 || typeof path[0] === 'number' ? `output${out}` : out;
}

/** 0 where both hold the same value (NaN included), Infinity where they disagree on a non-finite value. */
function cellDiff(e: number, a: number): number {
  if (e === a || (Number.isNaN(e) && Number.isNaN(a))) return 0;
  const d = Math.abs(e - a);
  return Number.isNaN(d) ? Infinity : d;
}

function windowStart(at: number, size: number): number {
  return Math.max(0, Math.min(at - Math.floor(MAX_DIFF_CELLS_PER_AXIS / 2), size - MAX_DIFF_CELLS_PER_AXIS));
}

function diffOf(path: readonly PathPart[], expected: number[][], actual: number[][], vector: boolean): DiffHeatmapVisual {
  const rows = expected.length;
  const cols = expected[0]!.length;
  let maxAbs = -1;
  let maxAt: [number, number] = [0, 0];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const d = cellDiff(expected[r]![c]!, actual[r]![c]!);
      if (d > maxAbs) [maxAbs, maxAt] = [d, [r, c]];
    }
  }
  const row = windowStart(maxAt[0], rows);
  const col = windowStart(maxAt[1], cols);
  const window = { row, col, rows: Math.min(rows, MAX_DIFF_CELLS_PER_AXIS), cols: Math.min(cols, MAX_DIFF_CELLS_PER_AXIS) };
  const cut = (m: number[][]) => m.slice(row, row + window.rows).map((line) => line.slice(col, col + window.cols));
  const [e, a] = [cut(expected), cut(actual)];
  const absDiff = e.map((line, r) => line.map((v, c) => cellDiff(v, a[r]![c]!)));
  const truncated = window.rows < rows || window.cols < cols;
  return { kind: 'diff-heatmap', path: formatPath(path), vector, rows, cols, window, truncated, expected: e, actual: a, absDiff, maxAbs, maxAt };
}

function collect(expected: unknown, actual: unknown, path: PathPart[], out: DiffHeatmapVisual[]): void {
  if (path.length > MAX_DEPTH) return;
  const [em, am] = [numericMatrix(expected), numericMatrix(actual)];
  if (em && am) {
    if (em.length === am.length && em[0]!.length === am[0]!.length) out.push(diffOf(path, em, am, false));
    return;
  }
  const [ev, av] = [numericVector(expected), numericVector(actual)];
  if (ev && av) {
    if (ev.length === av.length) out.push(diffOf(path, [ev], [av], true));
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return;
    for (let i = 0; i < Math.min(expected.length, MAX_SLICES); i++) collect(expected[i], actual[i], [...path, i], out);
    return;
  }
  if (isRecord(expected) && isRecord(actual)) {
    for (const key of Object.keys(expected)) {
      if (Object.hasOwn(actual, key)) collect(expected[key], actual[key], [...path, key], out);
    }
  }
}

/**
 * Every numeric vector or matrix that sits at the same place in both values with the same shape
 * and differs somewhere, largest difference first. Single cells are left out: the grader's message
 * already says everything about them.
 */
export function matrixDiffs(expected: unknown, actual: unknown, limit = 6): DiffHeatmapVisual[] {
  const found: DiffHeatmapVisual[] = [];
  collect(expected, actual, [], found);
  return found
    .filter((d) => d.maxAbs > 0 && d.rows * d.cols > 1)
    .sort((x, y) => y.maxAbs - x.maxAbs)
    .slice(0, limit);
}

/** "|difference| in centroids (2×2), largest at [1][0]" */
export function diffTitle(d: DiffHeatmapVisual): string {
  const shape = d.vector ? `length ${d.cols}` : `${d.rows}×${d.cols}`;
  const at = d.vector ? `[${d.maxAt[1]}]` : `[${d.maxAt[0]}][${d.maxAt[1]}]`;
  return `|difference| in ${d.path} (${shape}), largest at ${at}`;
}
