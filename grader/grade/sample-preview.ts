import { formatShape, shapeOf } from '../compare/shape.ts';

/** Numbers (and other leaves) a sample test's report keeps of each of its input, expected and actual values. */
export const SAMPLE_PREVIEW_LEAVES = 2000;

const MAX_PREVIEW_STRING = 1000;

export interface Preview {
  value: unknown;
  /** the full value's shape ("512×512", "length 2000000", "object"), when the preview is cut */
  truncatedFrom?: string;
}

/**
 * The first `budget` leaves of a plain value, in reading order, keeping its nesting: arrays are cut where
 * the budget runs out (a 512×512 matrix keeps its first rows), long strings are cut too. A value within the
 * budget is returned as is.
 */
export function previewValue(value: unknown, budget = SAMPLE_PREVIEW_LEAVES): Preview {
  let left = budget;
  let cut = false;
  const visit = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (const x of v) {
        if (left <= 0) {
          cut = true;
          break;
        }
        out.push(visit(x));
      }
      return out;
    }
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        if (left <= 0) {
          cut = true;
          break;
        }
        Object.defineProperty(out, k, { value: visit(x), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    left--;
    if (typeof v === 'string' && v.length > MAX_PREVIEW_STRING) {
      cut = true;
      return `${v.slice(0, MAX_PREVIEW_STRING)}…`;
    }
    return v;
  };
  const preview = visit(value);
  if (!cut) return { value };
  return { value: preview, truncatedFrom: formatShape(shapeOf(value), value) };
}
