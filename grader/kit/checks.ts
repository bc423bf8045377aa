/**
 * Shared property checks and invariances for problem packages (re-exported from grader/kit.ts). Every
 * one of them compares with the grader's own `compareValues` and the case's declared tolerance (from the
 * check context), so a check is never stricter or looser than the statement's tolerance.
 *
 * A failed check returns `message` (sample tests only; may quote values) and `where` (shown on hidden
 * tests: "check <name> failed at <where>"), which is a position such as `weights row 3` or
 * `components[1][2]`, never a value.
 */
import { compareValues, type CompareResult } from '../compare/compare-values.ts';
import type { CheckContext, CheckResult, PropertyCheck, Tolerance } from '../kit.ts';

/** A field whose vectors move with the checked ones: flipped with the same sign, or reordered with the same relabelling. */
export interface LinkedField {
  /** a top-level key of the result */
  field: string;
  /** vector j is row j or column j of that field */
  axis: 'rows' | 'columns';
}

type Mode = PropertyCheck['mode'];
type Matrix = unknown[][];

const OK: CheckResult = { ok: true };

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The checked part of a result: the result itself, or one of its top-level fields. */
function pick(value: unknown, field: string | undefined): unknown {
  if (field === undefined) return value;
  return isObject(value) && Object.hasOwn(value, field) ? value[field] : undefined;
}

function withField(value: unknown, field: string | undefined, replacement: unknown): unknown {
  if (field === undefined) return replacement;
  return { ...(value as Record<string, unknown>), [field]: replacement };
}

function label(field: string | undefined): string {
  return field ?? 'output';
}

/** The tolerance of one top-level field (its own entry in `fields` wins). */
function fieldTolerance(tolerance: Tolerance, field: string | undefined): { rtol: number; atol: number } {
  const own = field === undefined ? undefined : tolerance.fields?.[field];
  return { rtol: own?.rtol ?? tolerance.rtol, atol: own?.atol ?? tolerance.atol };
}

function isNumberMatrix(v: unknown): v is number[][] {
  return Array.isArray(v) && v.every((row) => Array.isArray(row) && row.every((x) => typeof x === 'number'));
}

/** The plain comparison's verdict, worded for a check: where = the position of the largest error or of the structural difference. */
function fromComparison(cmp: CompareResult, note: string, fallbackWhere: string): CheckResult {
  if (cmp.ok) return OK;
  return { ok: false, message: `${cmp.message} (${note})`, where: cmp.details.position ?? fallbackWhere };
}

/**
 * Every row of a matrix (the result, or `field` of it) sums to `target`, and, with `within`, every entry
 * lies in that closed range. The sum is held to the tolerance its terms carry: Σ (atol + rtol·|x|), so a
 * result that passes the value comparison element by element always passes this check. Default mode
 * 'after' (the value comparison must pass too); 'instead' where there is no single right answer.
 */
export function rowsSumTo(target: number, options: { field?: string; within?: [number, number]; mode?: Mode } = {}): PropertyCheck {
  const { field, within } = options;
  const name = label(field);
  return {
    mode: options.mode ?? 'after',
    fn: ({ actual, tolerance }: CheckContext): CheckResult => {
      const m = pick(actual, field);
      if (!isNumberMatrix(m)) return { ok: false, message: `${name} is not a matrix of numbers`, where: name };
      const { rtol, atol } = fieldTolerance(tolerance, field);
      for (const [i, row] of m.entries()) {
        let sum = 0;
        let allowed = 0;
        for (const [j, x] of row.entries()) {
          const slack = atol + rtol * Math.abs(x);
          if (within && !(x >= within[0] - slack && x <= within[1] + slack)) {
            return { ok: false, message: `${name}[${i}][${j}] is ${x}, outside [${within[0]}, ${within[1]}]`, where: `${name}[${i}][${j}]` };
          }
          sum += x;
          allowed += slack;
        }
        const cmp = compareValues(target, sum, { tolerance: { rtol: 0, atol: allowed } });
        if (!cmp.ok) return { ok: false, message: `${name} row ${i} sums to ${sum}, not ${target}`, where: `${name} row ${i}` };
      }
      return OK;
    },
  };
}

/** Vector j of a matrix along an axis, as [row, column] index pairs. */
function vectorCells(m: Matrix, axis: 'rows' | 'columns', j: number): Array<[number, number]> {
  if (axis === 'rows') return (m[j] ?? []).map((_, c) => [j, c]);
  return m.map((_, r) => [r, j]);
}

function vectorCount(m: Matrix, axis: 'rows' | 'columns'): number {
  return axis === 'rows' ? m.length : (m[0]?.length ?? 0);
}

function flipVectors(m: Matrix, axis: 'rows' | 'columns', signs: number[]): Matrix {
  const out = m.map((row) => [...row]);
  for (const [j, s] of signs.entries()) {
    if (s > 0) continue;
    for (const [r, c] of vectorCells(out, axis, j)) {
      const x = out[r]![c];
      if (typeof x === 'number') out[r]![c] = -x;
    }
  }
  return out;
}

/**
 * Compares up to the sign of each vector (eigenvectors, principal components, singular vectors): vector j
 * of `field` (row j or column j, or the whole array with axis 'whole') may be negated, and the same sign
 * is then applied to vector j of every linked field (PCA scores move with their component). The sign is
 * the one that best matches the expected vector (the sign of their dot product); then the whole result is
 * compared as usual. Default mode 'instead'.
 */
export function signInvariant(options: { field?: string; axis: 'rows' | 'columns' | 'whole'; linked?: LinkedField[]; mode?: Mode }): PropertyCheck {
  const { field, axis, linked = [] } = options;
  const noun = axis === 'whole' ? 'vector' : axis === 'rows' ? 'row' : 'column';
  return {
    mode: options.mode ?? 'instead',
    fn: ({ expected, actual, tolerance, nanEqual }: CheckContext): CheckResult => {
      const e = pick(expected, field);
      const a = pick(actual, field);
      let adjusted = actual;
      if (axis === 'whole' && Array.isArray(e) && Array.isArray(a) && a.length === e.length) {
        const flat = (v: unknown[]): unknown[] => v.flat(Infinity);
        const ef = flat(e);
        const af = flat(a);
        const dot = ef.reduce<number>((s, x, i) => s + (typeof x === 'number' && typeof af[i] === 'number' ? x * (af[i] as number) : 0), 0);
        if (dot < 0) adjusted = withField(actual, field, negateDeep(a));
      } else if (axis !== 'whole' && isNumberMatrix(e) && isNumberMatrix(a) && vectorCount(a, axis) === vectorCount(e, axis)) {
        const signs = Array.from({ length: vectorCount(e, axis) }, (_, j) => {
          let dot = 0;
          for (const [r, c] of vectorCells(e, axis, j)) dot += e[r]![c]! * ((a[r]?.[c] as number | undefined) ?? 0);
          return dot < 0 ? -1 : 1;
        });
        adjusted = withField(actual, field, flipVectors(a, axis, signs));
        for (const link of linked) {
          const v = pick(adjusted, link.field);
          if (Array.isArray(v) && v.every(Array.isArray) && vectorCount(v as Matrix, link.axis) === signs.length) {
            adjusted = withField(adjusted, link.field, flipVectors(v as Matrix, link.axis, signs));
          }
        }
      }
      const cmp = compareValues(expected, adjusted, { tolerance, nanEqual });
      return fromComparison(cmp, `compared up to the sign of each ${noun} of ${label(field)}`, label(field));
    },
  };
}

function negateDeep(v: unknown): unknown {
  if (typeof v === 'number') return -v;
  return Array.isArray(v) ? v.map(negateDeep) : v;
}

type Label = number | string;

function isLabel(v: unknown): v is Label {
  return typeof v === 'number' || typeof v === 'string';
}

/**
 * Compares cluster ids (or any labels) up to a one-to-one relabelling: the candidate's labels must map
 * onto the expected ones consistently in both directions. Labels in `fixed` (DBSCAN's noise −1) keep
 * their meaning. Linked fields are reordered with the same relabelling (K-means centroids: row L of the
 * candidate's centroids belongs to its label L), which needs labels 0…k−1. Then the whole result is
 * compared as usual. A failure names the element and the labels ("labels[17] is 3 where the expected
 * cluster was 1"), never an error size. Default mode 'instead'.
 */
export function labelPermutation(options: { field?: string; fixed?: Label[]; linked?: LinkedField[]; mode?: Mode } = {}): PropertyCheck {
  const { field, fixed = [], linked = [] } = options;
  const name = label(field);
  return {
    mode: options.mode ?? 'instead',
    fn: ({ expected, actual, tolerance, nanEqual }: CheckContext): CheckResult => {
      const e = pick(expected, field);
      const a = pick(actual, field);
      if (!Array.isArray(e) || !Array.isArray(a) || a.length !== e.length || !e.every(isLabel) || !a.every(isLabel)) {
        return fromComparison(compareValues(expected, actual, { tolerance, nanEqual }), 'labels compared up to relabelling', name);
      }
      const toExpected = new Map<Label, { label: Label; at: number }>();
      const toActual = new Map<Label, { label: Label; at: number }>();
      for (let i = 0; i < e.length; i++) {
        const want = e[i] as Label;
        const got = a[i] as Label;
        const where = `${name}[${i}]`;
        if (fixed.includes(want) || fixed.includes(got)) {
          if (want !== got) return { ok: false, message: `${where} is ${got} where ${want} was expected`, where };
          continue;
        }
        const mapped = toExpected.get(got);
        if (mapped && mapped.label !== want) {
          return { ok: false, message: `${where} is ${got} where the expected cluster was ${want}; your label ${got} already stands for expected ${mapped.label} at ${name}[${mapped.at}]`, where };
        }
        const back = toActual.get(want);
        if (back && back.label !== got) {
          return { ok: false, message: `${where} is ${got}, but elements of this expected cluster (${want}) got label ${back.label}, as at ${name}[${back.at}]`, where };
        }
        toExpected.set(got, { label: want, at: i });
        toActual.set(want, { label: got, at: i });
      }
      let adjusted = withField(actual, field, a.map((x) => (toExpected.get(x as Label)?.label ?? x)));
      for (const link of linked) {
        const v = pick(adjusted, link.field);
        if (!Array.isArray(v) || !v.every(Array.isArray)) continue;
        const moved = reorderVectors(v as Matrix, link.axis, toExpected);
        if (moved) adjusted = withField(adjusted, link.field, moved);
      }
      return fromComparison(compareValues(expected, adjusted, { tolerance, nanEqual }), 'labels compared up to relabelling', name);
    },
  };
}

/** Vector L of the candidate's field goes to position mapping(L); null when labels are not 0…k−1 indices. */
function reorderVectors(m: Matrix, axis: 'rows' | 'columns', mapping: Map<Label, { label: Label }>): Matrix | null {
  const n = vectorCount(m, axis);
  const target = Array.from({ length: n }, (_, j) => j);
  for (const [from, { label: to }] of mapping) {
    if (typeof from !== 'number' || typeof to !== 'number' || !Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < 0 || from >= n || to >= n) return null;
    target[from] = to;
  }
  if (new Set(target).size !== n) return null;
  const out = m.map((row) => [...row]);
  for (let j = 0; j < n; j++) {
    for (const [r, c] of vectorCells(m, axis, j)) {
      const [tr, tc] = axis === 'rows' ? [target[j]!, c] : [r, target[j]!];
      out[tr]![tc] = m[r]![c];
    }
  }
  return out;
}

/** Total order on plain values, for comparing lists as multisets. */
function canonicalOrder(x: unknown, y: unknown): number {
  if (typeof x === 'number' && typeof y === 'number') {
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
    return x - y;
  }
  if (Array.isArray(x) && Array.isArray(y)) {
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const c = canonicalOrder(x[i], y[i]);
      if (c !== 0) return c;
    }
    return x.length - y.length;
  }
  const rank = (v: unknown) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : Array.isArray(v) ? 2 : 3);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  const sx = JSON.stringify(x) ?? '';
  const sy = JSON.stringify(y) ?? '';
  return sx < sy ? -1 : sx > sy ? 1 : 0;
}

/**
 * Compares a list (the result, or `field` of it) as a multiset: order does not matter, repeats do. Both
 * lists are sorted the same way (numbers ascending, tuples lexicographically) and then compared element
 * by element with the case's tolerance, so tests must keep distinct elements further apart than it.
 * Default mode 'instead'.
 */
export function setEqual(options: { field?: string; mode?: Mode } = {}): PropertyCheck {
  const { field } = options;
  const name = label(field);
  return {
    mode: options.mode ?? 'instead',
    fn: ({ expected, actual, tolerance, nanEqual }: CheckContext): CheckResult => {
      const e = pick(expected, field);
      const a = pick(actual, field);
      if (!Array.isArray(e) || !Array.isArray(a)) {
        return fromComparison(compareValues(expected, actual, { tolerance, nanEqual }), 'compared as a set', name);
      }
      const sortedE = [...e].sort(canonicalOrder);
      const sortedA = [...a].sort(canonicalOrder);
      const cmp = compareValues(withField(expected, field, sortedE), withField(actual, field, sortedA), { tolerance, nanEqual });
      if (cmp.ok) return OK;
      // positions in the sorted lists mean nothing to the candidate: say which element differs instead
      const at = /^\[(\d+)\]/.exec(cmp.details.position?.slice(name.length) ?? '');
      const i = at ? Number(at[1]) : -1;
      const message = i >= 0 && i < sortedE.length
        ? `${name} as a set: ${JSON.stringify(sortedA[i])} where ${JSON.stringify(sortedE[i])} was expected (element ${i + 1} in sorted order)`
        : `${cmp.message} (compared as a set)`;
      return { ok: false, message, where: `${name} (as a set)` };
    },
  };
}
