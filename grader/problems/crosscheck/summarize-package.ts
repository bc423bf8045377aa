import { compareValues } from '../../compare/compare-values.ts';
import type { Tolerance } from '../../kit.ts';
import { numericDifferences } from './differences.ts';

/** What crosscheck.py reports for one test case. */
export type CaseOutcome =
  | { name: string; status: 'compared'; library: unknown; reference: unknown }
  | { name: string; status: 'both-reject'; libraryError: string }
  | { name: string; status: 'library-accepts'; library: unknown; referenceError: string }
  | { name: string; status: 'library-rejects'; libraryError: string }
  | { name: string; status: 'not-comparable'; reason: string };

export interface Disagreement {
  caseName: string;
  /** the grader's own comparison message: position, error size */
  message: string;
  /** the two values where the largest absolute difference is, when both are finite numbers */
  values: { reference: number; library: number } | null;
  /** the adapter's explanation when the difference is a documented convention, else absent (a bug) */
  explained?: string;
}

export interface PackageSummary {
  slug: string;
  libraryFunction: string;
  note: string | null;
  cases: number;
  compared: number;
  /** numeric leaves compared over all compared cases; the largest differences leave out explained disagreements */
  leaves: number;
  maxAbs: number;
  maxAbsCase: string;
  maxRel: number;
  maxRelCase: string;
  /** error cases: the reference throws and the library raises too */
  bothReject: number;
  /** the reference throws on bad input where the library returns something: case → what it returned */
  libraryAccepts: string[];
  /** the library raises where the reference returns a value: case → the library's message */
  libraryRejects: string[];
  /** cases the adapter declined: reason → case count */
  notComparable: Record<string, number>;
  /** compared cases outside the package's declared tolerance */
  disagreements: Disagreement[];
}

export interface AdapterInfo {
  function: string;
  note: string | null;
  /** case name → why a difference beyond tolerance there is a convention, not a bug */
  explained?: Record<string, string>;
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * One package's cross-check figures: largest differences over the compared cases, and every compared case
 * the grader's comparison (with the case's declared tolerance, NaN matching NaN) would not accept.
 */
export function summarizePackage(
  slug: string,
  adapter: AdapterInfo,
  outcomes: CaseOutcome[],
  toleranceOf: (caseName: string) => Tolerance,
): PackageSummary {
  const s: PackageSummary = {
    slug, libraryFunction: adapter.function, note: adapter.note, cases: outcomes.length, compared: 0, leaves: 0,
    maxAbs: 0, maxAbsCase: '', maxRel: 0, maxRelCase: '', bothReject: 0, libraryAccepts: [], libraryRejects: [],
    notComparable: {}, disagreements: [],
  };
  for (const o of outcomes) {
    if (o.status === 'both-reject') s.bothReject++;
    else if (o.status === 'library-accepts') s.libraryAccepts.push(`${o.name}: ${short(o.library)}`);
    else if (o.status === 'library-rejects') s.libraryRejects.push(`${o.name}: ${o.libraryError}`);
    else if (o.status === 'not-comparable') s.notComparable[o.reason] = (s.notComparable[o.reason] ?? 0) + 1;
    else {
      s.compared++;
      const d = numericDifferences(o.reference, o.library);
      s.leaves += d.leaves;
      const cmp = compareValues(o.reference, o.library, { tolerance: toleranceOf(o.name), nanEqual: true });
      const explained = adapter.explained?.[o.name];
      if (!cmp.ok) s.disagreements.push({ caseName: o.name, message: cmp.message, values: d.atMax, ...(explained === undefined ? {} : { explained }) });
      if (!cmp.ok && explained !== undefined) continue; // a documented convention: listed, not a largest difference
      if (d.maxAbs > s.maxAbs) [s.maxAbs, s.maxAbsCase] = [d.maxAbs, o.name];
      if (d.maxRel > s.maxRel) [s.maxRel, s.maxRelCase] = [d.maxRel, o.name];
    }
  }
  return s;
}
