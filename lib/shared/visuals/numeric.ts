/**
 * Reading numbers out of test details. Values arrive as JSON, where NaN and ±Infinity are the
 * strings "NaN", "Infinity" and "-Infinity"; anything else that is not a number is not numeric.
 */
const NON_FINITE: Readonly<Record<string, number>> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && Object.hasOwn(NON_FINITE, value)) return NON_FINITE[value]!;
  return null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty array of numbers, or null. */
export function numericVector(value: unknown): number[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const out: number[] = [];
  for (const item of value) {
    const n = toNumber(item);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}

/** A non-empty rectangular array of numeric rows, or null. */
export function numericMatrix(value: unknown): number[][] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const rows: number[][] = [];
  for (const item of value) {
    const row = numericVector(item);
    if (row === null || row.length !== (rows[0]?.length ?? row.length)) return null;
    rows.push(row);
  }
  return rows;
}

/** Whole-number indices in [0, length), or null. */
export function indexVector(value: unknown, length: number): number[] | null {
  const v = numericVector(value);
  if (v === null || v.some((i) => !Number.isInteger(i) || i < 0 || i >= length)) return null;
  return v;
}
