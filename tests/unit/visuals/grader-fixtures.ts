import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestResultView } from '../../../lib/shared/submission-view';

/**
 * Real per-test reports: `gradeSubmission` run on a problem's known-bad solution
 * (fixtures/<slug>.<mistake>.json, samples only unless the name says all-tests), written as JSON
 * with NaN and ±Infinity as strings, which is how the browser receives them.
 */
export function gradedTests(fixture: string): TestResultView[] {
  const file = path.join(import.meta.dirname, 'fixtures', `${fixture}.json`);
  const reports = JSON.parse(readFileSync(file, 'utf8')) as Array<Omit<TestResultView, 'ordinal' | 'message' | 'output' | 'details'> & Partial<TestResultView>>;
  return reports.map((r, i) => ({ ...r, ordinal: i + 1, message: r.message ?? null, output: r.output ?? null, details: r.details ?? null }));
}

export function gradedTest(fixture: string, name: string): TestResultView {
  const test = gradedTests(fixture).find((t) => t.name === name);
  if (!test) throw new Error(`no test "${name}" in ${fixture}`);
  return test;
}
