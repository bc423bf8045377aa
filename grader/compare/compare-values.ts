import type { FieldTolerance, Tolerance } from '../kit.ts';
import { describeType, formatPath, formatShape, shapeOf } from './shape.ts';

export interface MismatchDetails {
  expectedShape?: string;
  actualShape?: string;
  maxAbsError?: number;
  relError?: number;
  position?: string;
}

export type CompareResult =
  | { ok: true; maxAbsError: number }
  | { ok: false; message: string; details: MismatchDetails };

export interface CompareOptions {
  tolerance: Tolerance;
  nanEqual?: boolean;
  /** false for hidden tests: messages then never quote expected strings or booleans */
  revealValues?: boolean;
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
  path: Array<string | number>;
  expected: number;
  actual: number;
}

class StructureMismatch {
  constructor(
    readonly message: string,
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
 * message), then every numeric leaf with |a−b| ≤ atol + rtol·|b|. Reports the largest violation and
 * where it is. Both values must already be plain data.
 */
export function compareValues(expected: unknown, actual: unknown, options: CompareOptions): CompareResult {
  const { tolerance } = options;
  const nanEqual = options.nanEqual ?? false;
  const reveal = options.revealValues ?? true;
  let worst: Worst | null = null;
  let maxAbs = 0;

  const visit = (e: unknown, a: unknown, path: Array<string | number>, tol: LeafTolerance): void => {
    const where = formatPath(path);
    if (typeof e === 'number') {
      if (typeof a !== 'number') throw new StructureMismatch(`${where}: expected a number, got ${describeType(a)}`, {});
      compareNumber(e, a, path, tol);
      return;
    }
    if (typeof e === 'string' || typeof e === 'boolean' || e === null) {
      if (a !== e) {
        const shown = typeof a === typeof e || a === null ? JSON.stringify(a) : describeType(a);
        const message = reveal ? `${where}: expected ${JSON.stringify(e)}, got ${shown}` : `${where}: wrong value`;
        throw new StructureMismatch(message, { position: where });
      }
      return;
    }
    if (Array.isArray(e)) {
      if (!Array.isArray(a)) throw new StructureMismatch(`${where}: expected an array, got ${describeType(a)}`, {});
      if (a.length !== e.length || path.length === 0 || isFieldRoot(path)) checkShape(e, a, where);
      if (a.length !== e.length) {
        throw new StructureMismatch(`${where}: expected length ${e.length}, got ${a.length}`, {
          expectedShape: `length ${e.length}`,
          actualShape: `length ${a.length}`,
        });
      }
      for (let i = 0; i < e.length; i++) visit(e[i], a[i], [...path, i], tol);
      return;
    }
    if (typeof e === 'object') {
      if (a === null || typeof a !== 'object' || Array.isArray(a)) {
        throw new StructureMismatch(`${where}: expected an object, got ${describeType(a)}`, {});
      }
      const eObj = e as Record<string, unknown>;
      const aObj = a as Record<string, unknown>;
      for (const key of Object.keys(eObj)) {
        if (!Object.hasOwn(aObj, key)) throw new StructureMismatch(`missing field \`${key}\``, {});
      }
      for (const key of Object.keys(aObj)) {
        if (!Object.hasOwn(eObj, key)) throw new StructureMismatch(`unexpected field \`${key}\``, {});
      }
      for (const key of Object.keys(eObj)) {
        const fieldTol = path.length === 0 ? leafTolerance(tolerance, tolerance.fields?.[key]) : tol;
        visit(eObj[key], aObj[key], [...path, key], fieldTol);
      }
      return;
    }
    throw new StructureMismatch(`${where}: unsupported expected value`, {});
  };

  const compareNumber = (e: number, a: number, path: Array<string | number>, tol: LeafTolerance): void => {
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
      worst = { ratio, abs, rel: e === 0 ? abs : abs / Math.abs(e), path: [...path], expected: e, actual: a };
    }
  };

  try {
    visit(expected, actual, [], leafTolerance(tolerance, undefined));
  } catch (error) {
    if (error instanceof StructureMismatch) return { ok: false, message: error.message, details: error.details };
    throw error;
  }
  const w = worst as Worst | null;
  if (w === null) return { ok: true, maxAbsError: maxAbs };
  const position = formatPath(w.path);
  const details: MismatchDetails = { maxAbsError: w.abs, relError: w.rel, position };
  return { ok: false, message: describeWorst(w, position), details };
}

function describeWorst(w: Worst, position: string): string {
  if (Number.isNaN(w.actual) && !Number.isNaN(w.expected)) return `NaN at ${position}`;
  if (Number.isNaN(w.expected)) return `expected NaN at ${position}`;
  if (!Number.isFinite(w.actual) || !Number.isFinite(w.expected)) return `wrong infinity or overflow at ${position}`;
  if (w.ratio === Number.POSITIVE_INFINITY) return `wrong value at ${position} (must match exactly; off by ${w.abs.toPrecision(3)})`;
  return `largest error ${w.abs.toPrecision(3)} (relative ${w.rel.toPrecision(3)}) at ${position}`;
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
  throw new StructureMismatch(`${where}: expected ${expectedShape}, got ${actualShape}`, { expectedShape, actualShape });
}
