/** The largest differences between a reference result and a library's result for the same input. */
export interface Differences {
  /** numeric leaves present on both sides */
  leaves: number;
  /** max |library − reference| over finite leaves */
  maxAbs: number;
  /**
   * max |library − reference| / |reference| over finite leaves whose |reference| is at least 1e-9 of the
   * largest |reference| in the value: a value that is 0 up to rounding (a residual of 1e-17 among ones) has
   * no meaningful relative difference, while a lone p-value of 1e-200 keeps its own.
   */
  maxRel: number;
  /** where the largest absolute difference is ("" for a scalar result, else `.field[2][0]`) */
  where: string;
  /** the two values where the largest absolute difference is */
  atMax: { reference: number; library: number } | null;
  /** leaves that differ in kind: NaN or an infinity against anything else, a number against a boolean */
  mismatches: string[];
}

const RELATIVE_FLOOR = 1e-9;

function largestMagnitude(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.abs(value) : 0;
  if (Array.isArray(value)) return value.reduce((m: number, v: unknown) => Math.max(m, largestMagnitude(v)), 0);
  if (value !== null && typeof value === 'object') return largestMagnitude(Object.values(value));
  return 0;
}

function position(path: ReadonlyArray<string | number>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
}

/**
 * Walks both values together. Booleans count as 0/1 (a library returns `True` where a package returns 1);
 * leaves with no counterpart (a shape difference) are not counted here: the grader's comparison reports those.
 */
export function numericDifferences(reference: unknown, library: unknown): Differences {
  const scale = largestMagnitude(reference);
  const d: Differences = { leaves: 0, maxAbs: 0, maxRel: 0, where: '', atMax: null, mismatches: [] };
  const asNumber = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : null);
  const visit = (r: unknown, l: unknown, path: Array<string | number>): void => {
    const rn = asNumber(r);
    const ln = asNumber(l);
    if (rn !== null && ln !== null) {
      d.leaves++;
      if (Object.is(rn, ln) || rn === ln) return;
      if (!Number.isFinite(rn) || !Number.isFinite(ln)) {
        d.mismatches.push(`${position(path) || 'value'}: reference ${rn}, library ${ln}`);
        return;
      }
      const abs = Math.abs(ln - rn);
      if (abs > d.maxAbs) {
        d.maxAbs = abs;
        d.where = position(path);
        d.atMax = { reference: rn, library: ln };
      }
      if (Math.abs(rn) >= RELATIVE_FLOOR * scale && rn !== 0) d.maxRel = Math.max(d.maxRel, abs / Math.abs(rn));
      return;
    }
    if (Array.isArray(r) && Array.isArray(l)) {
      for (let i = 0; i < Math.min(r.length, l.length); i++) visit(r[i], l[i], [...path, i]);
      return;
    }
    if (r !== null && l !== null && typeof r === 'object' && typeof l === 'object' && !Array.isArray(r) && !Array.isArray(l)) {
      for (const key of Object.keys(r)) if (Object.hasOwn(l, key)) visit((r as Record<string, unknown>)[key], (l as Record<string, unknown>)[key], [...path, key]);
    }
  };
  visit(reference, library, []);
  return d;
}
