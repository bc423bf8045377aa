import type { FieldTolerance, Tolerance } from '../kit.ts';
import { oneSignificantDigit } from './hidden-figures.ts';
import { describeType, formatPath, formatShape, shapeOf } from './shape.ts';

export interface MismatchDetails {
  expectedShape?: string;
  actualShape?: string;
  /** largest absolute error of a toleranced number; absent for exact leaves (labels, indices, counts) */
  maxAbsError?: number;
  relError?: number;
  position?: string;
}

/**
 * `message` is for sample tests and may quote values; `hiddenMessage` is for hidden tests: shapes,
 * positions, the expected result's own field names and error sizes rounded to one significant digit,
 * never an expected or actual value or text the candidate wrote (such as a key of its result).
 */
export type CompareResult =
  | { ok: true; maxAbsError: number }
  | { ok: false; message: string; hiddenMessage: string; details: MismatchDetails };

export interface CompareOptions {
  tolerance: Tolerance;
  nanEqual?: boolean;
}

interface LeafTolerance {
  rtol: number;
  atol: number;
  exact: boolean;
}

interface Worst {
  ratio: number;
  abs: number;
  rel: number;
  exact: boolean;
  path: Array<string | number>;
  expected: number;
  actual: number;
}

class StructureMismatch {
  constructor(
    readonly message: string,
    readonly hiddenMessage: string,
    readonly details: MismatchDetails,
  ) {}
}

function leafTolerance(base: Tolerance, field: FieldTolerance | undefined): LeafTolerance {
  return {
    rtol: field?.rtol ?? base.rtol,
    atol: field?.atol ?? base.atol,
    exact: field?.exact ?? base.exact ?? false,
  };
}

/**
 * Compares a candidate's result with the expected value: structure and shape first (a clear
 * message), then every numeric leaf with |a−b| ≤ atol + rtol·|b| (exactly where the tolerance says
 * `exact`). Reports the largest violation and where it is. Both values must already be plain data.
 */
export function compareValues(expected: unknown, actual: unknown, options: CompareOptions): CompareResult {
  const { tolerance } = options;
  const nanEqual = options.nanEqual ?? false;
  let worst: Worst | null = null;
  let maxAbs = 0;

  // one path, pushed and popped as the walk goes (no copy per leaf); positions are formatted only on failure
  const path: Array<string | number> = [];
  const visit = (e: unknown, a: unknown, tol: LeafTolerance): void => {
    if (typeof e === 'number') {
      if (typeof a !== 'number') {
        const m = `${formatPath(path)}: expected a number, got ${describeType(a)}`;
        throw new StructureMismatch(m, m, { position: formatPath(path) });
      }
      compareNumber(e, a, tol);
      return;
    }
    if (typeof e === 'string' || typeof e === 'boolean' || e === null) {
      if (a !== e) {
        const where = formatPath(path);
        const shown = typeof a === typeof e || a === null ? JSON.stringify(a) : describeType(a);
        throw new StructureMismatch(`${where}: expected ${JSON.stringify(e)}, got ${shown}`, `${where}: wrong value`, { position: where });
      }
      return;
    }
    if (Array.isArray(e)) {
      if (!Array.isArray(a)) {
        const m = `${formatPath(path)}: expected an array, got ${describeType(a)}`;
        throw new StructureMismatch(m, m, { position: formatPath(path) });
      }
      if (a.length !== e.length || path.length === 0 || isFieldRoot(path)) checkShape(e, a, formatPath(path));
      if (a.length !== e.length) {
        const where = formatPath(path);
        const m = `${where}: expected length ${e.length}, got ${a.length}`;
        throw new StructureMismatch(m, m, { expectedShape: `length ${e.length}`, actualShape: `length ${a.length}`, position: where });
      }
      const depth = path.length;
      for (let i = 0; i < e.length; i++) {
        const ei = e[i];
        const ai = a[i];
        path[depth] = i;
        // the common leaf: a number against a number, without a call per element
        if (typeof ei === 'number' && typeof ai === 'number') compareNumber(ei, ai, tol);
        else visit(ei, ai, tol);
      }
      path.length = depth;
      return;
    }
    if (typeof e === 'object') {
      if (a === null || typeof a !== 'object' || Array.isArray(a)) {
        const m = `${formatPath(path)}: expected an object, got ${describeType(a)}`;
        throw new StructureMismatch(m, m, { position: formatPath(path) });
      }
      const eObj = e as Record<string, unknown>;
      const aObj = a as Record<string, unknown>;
      const prefix = path.length === 0 ? '' : `${formatPath(path)}: `;
      for (const key of Object.keys(eObj)) {
        // the expected value's keys are the problem's own field names, never test data
        if (!Object.hasOwn(aObj, key)) {
          const m = `${prefix}missing field \`${key}\``;
          throw new StructureMismatch(m, m, {});
        }
      }
      for (const key of Object.keys(aObj)) {
        if (!Object.hasOwn(eObj, key)) {
          // a key the candidate chose is candidate text: named on samples only
          throw new StructureMismatch(`${prefix}unexpected field \`${key}\``, `${prefix}an unexpected field`, {});
        }
      }
      const depth = path.length;
      for (const key of Object.keys(eObj)) {
        const fieldTol = depth === 0 ? leafTolerance(tolerance, tolerance.fields?.[key]) : tol;
        path[depth] = key;
        visit(eObj[key], aObj[key], fieldTol);
      }
      path.length = depth;
      return;
    }
    const m = `${formatPath(path)}: unsupported expected value`;
    throw new StructureMismatch(m, m, {});
  };

  const compareNumber = (e: number, a: number, tol: LeafTolerance): void => {
    if (e === a) return; // equal (also the same infinity); NaN never equals itself and goes on
    let abs: number;
    let ratio: number;
    if (Number.isNaN(e)) {
      if (Number.isNaN(a) && nanEqual) return;
      abs = Number.NaN;
      ratio = Number.POSITIVE_INFINITY;
    } else if (!Number.isFinite(e) || !Number.isFinite(a)) {
      if (e === a) return; // the same infinity
      abs = Number.isNaN(a) ? Number.NaN : Number.POSITIVE_INFINITY;
      ratio = Number.POSITIVE_INFINITY;
    } else if (tol.exact) {
      if (e === a) return;
      abs = Math.abs(a - e);
      ratio = Number.POSITIVE_INFINITY;
    } else {
      abs = Math.abs(a - e);
      if (abs > maxAbs) maxAbs = abs;
      const allowed = tol.atol + tol.rtol * Math.abs(e);
      if (abs <= allowed) return;
      ratio = allowed > 0 ? abs / allowed : Number.POSITIVE_INFINITY;
    }
    if (worst === null || ratio > worst.ratio || (ratio === worst.ratio && abs > worst.abs)) {
      worst = { ratio, abs, rel: e === 0 ? abs : abs / Math.abs(e), exact: tol.exact, path: [...path], expected: e, actual: a };
    }
  };

  try {
    visit(expected, actual, leafTolerance(tolerance, undefined));
  } catch (error) {
    if (error instanceof StructureMismatch) return { ok: false, message: error.message, hiddenMessage: error.hiddenMessage, details: error.details };
    throw error;
  }
  const w = worst as Worst | null;
  if (w === null) return { ok: true, maxAbsError: maxAbs };
  const position = formatPath(w.path);
  const special = describeSpecial(w, position);
  if (special !== null) return { ok: false, message: special, hiddenMessage: special, details: { position } };
  if (w.exact) {
    // labels, indices, counts: a value, not an error size
    return { ok: false, message: `${position}: ${w.actual} where ${w.expected} was expected`, hiddenMessage: `wrong value at ${position}`, details: { position } };
  }
  return {
    ok: false,
    message: `largest error ${w.abs.toPrecision(3)} (relative ${w.rel.toPrecision(3)}) at ${position}`,
    hiddenMessage: `largest error ≈ ${oneSignificantDigit(w.abs)} (relative ≈ ${oneSignificantDigit(w.rel)}) at ${position}`,
    details: { maxAbsError: w.abs, relError: w.rel, position },
  };
}

/** NaN and infinities: the same words for every audience. */
function describeSpecial(w: Worst, position: string): string | null {
  if (Number.isNaN(w.actual) && !Number.isNaN(w.expected)) return `NaN at ${position}`;
  if (Number.isNaN(w.expected)) return `expected NaN at ${position}`;
  if (!Number.isFinite(w.actual) || !Number.isFinite(w.expected)) return `wrong infinity or overflow at ${position}`;
  return null;
}

function isFieldRoot(path: ReadonlyArray<string | number>): boolean {
  return path.length === 1 && typeof path[0] === 'string';
}

/** Shape first: for matrices say "expected 4×3, got 3×4" rather than a length at some row. */
function checkShape(e: unknown[], a: unknown[], where: string): void {
  const es = shapeOf(e);
  if (es === null || es.length < 2) return;
  const as = shapeOf(a);
  const same = as !== null && as.length === es.length && as.every((d, i) => d === es[i]);
  if (same) return;
  const expectedShape = formatShape(es, e);
  const actualShape = formatShape(as, a);
  const m = `${where}: expected ${expectedShape}, got ${actualShape}`;
  throw new StructureMismatch(m, m, { expectedShape, actualShape, position: where });
}
