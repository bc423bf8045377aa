import { gradeSubmission } from '../grade/grade-submission.ts';
import type { Language } from '../languages.ts';
import { parsePythonSignature } from '../python/python-signature.ts';
import type { PythonRuntimeStatus } from '../python/python-runtime.ts';
import type { TestReport } from '../grade/report-types.ts';
import { expectedValue, forgetExpectedValues, runReference } from '../grade/expected-cache.ts';
import { inputsEqual } from '../compare/inputs-equal.ts';
import { MAX_RESULT_LEAVES } from '../grade/sandbox-run.ts';
import { probeHiddenLeaks } from './leak-probe.ts';
import { loadProblem, type ProblemPackage } from './load-problem.ts';
import { parseSignature } from './signature.ts';
import { checkStatement } from './check-statement.ts';
import { findScaffoldMarkers, SCAFFOLD_MARKER } from './scaffold-markers.ts';
import { checkCatalogCitations } from './catalog-index.ts';

export interface ProblemCheckResult {
  slug: string;
  ok: boolean;
  /** one line: what passed, or every failure */
  summary: string;
  failures: string[];
  ms: number;
}

/** The entry's parameter count as declared in a candidate file, or an explanation of what is wrong. */
function checkCandidateFile(problem: ProblemPackage, label: string, code: string): string | null {
  if (/^\s*import\s/m.test(code)) return `${label} imports modules (candidate files must be self-contained)`;
  const at = code.search(new RegExp(`export\\s+function\\s+${problem.entry}\\s*\\(`));
  if (at < 0) return `${label} does not export function ${problem.entry}`;
  const sig = parseSignature(code.slice(at));
  if (!sig) return `${label}: cannot read the parameters of ${problem.entry}`;
  if (sig.params.length !== problem.params.length) {
    return `${label}: ${problem.entry} takes ${sig.params.length} parameters, the signature has ${problem.params.length}`;
  }
  return null;
}

/** A Python candidate file defines the snake_case function with the TypeScript parameter count. */
function checkPythonFile(problem: ProblemPackage, label: string, code: string): string | null {
  const entry = problem.python!.entry;
  const sig = parsePythonSignature(code, entry);
  if (!sig) return `${label} does not define def ${entry}(…) at the top level`;
  if (sig.params.length !== problem.params.length) return `${label}: ${entry} takes ${sig.params.length} parameters, the signature has ${problem.params.length}`;
  return null;
}

/** A mistake's `caught-by` names a hidden test that the mistake fails. */
function checkCaughtBy(problem: ProblemPackage, file: string, name: string, tests: readonly TestReport[]): string[] {
  const testCase = problem.tests.cases.find((c) => c.name === name);
  if (!testCase) return [`mistakes/${file}: caught-by names no test ("${name}")`];
  if (testCase.sample) return [`mistakes/${file}: caught-by names a sample test ("${name}"); it must be a hidden one`];
  const report = tests.find((t) => t.name === name);
  if (report?.verdict === 'accepted') return [`mistakes/${file} passes "${name}", the test that should catch it`];
  return [];
}

function describeFirstFailure(tests: readonly TestReport[]): string {
  const bad = tests.find((t) => t.verdict !== 'accepted');
  return bad ? ` on "${bad.name}": ${bad.message ?? ''}` : '';
}

function leafCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((s: number, x) => s + leafCount(x), 0);
  if (value !== null && typeof value === 'object') return Object.values(value).reduce((s: number, x) => s + leafCount(x), 0);
  return 1;
}

/**
 * The expected value grading uses (cached by package version, computed here when missing) must equal a
 * fresh run of the reference: twice per case on a cold cache (the first run is the one grading needs anyway),
 * once on a warm one.
 */
async function checkReferenceDeterministic(problem: ProblemPackage): Promise<string[]> {
  const failures: string[] = [];
  for (const [index, testCase] of problem.tests.cases.entries()) {
    const a = await expectedValue(problem, index);
    const b = await runReference(problem, testCase.args);
    if (a.kind === 'error' && !testCase.expectError) failures.push(`reference throws on "${testCase.name}": ${a.message}`);
    if (a.kind === 'value' && 2 * leafCount(a.value) > MAX_RESULT_LEAVES) {
      failures.push(`"${testCase.name}" expects ${leafCount(a.value)} numbers, more than half the sandbox's result cap (${MAX_RESULT_LEAVES}): make the case smaller or raise the cap`);
    }
    if (a.kind !== 'error' && testCase.expectError) failures.push(`reference does not throw on "${testCase.name}" (expectError)`);
    if (a.kind !== b.kind || (a.kind === 'value' && b.kind === 'value' && !inputsEqual(a.value, b.value))) {
      failures.push(`reference is not deterministic on "${testCase.name}"`);
    }
  }
  return failures;
}

/** The solution is accepted, the starter is not, every mistake gets its declared verdict (and fails its caught-by test). */
async function checkCandidates(
  problem: ProblemPackage,
  language: Language,
  files: { solutionCode: string; starterCode: string; mistakes: ProblemPackage['mistakes']; alternatives?: ProblemPackage['alternatives'] },
): Promise<{ failures: string[]; starter: string }> {
  const failures: string[] = [];
  const tag = language === 'python' ? 'solution.py' : 'solution';
  // all at once: they queue for the sandbox pool, and each one's comparison overlaps the next one's run
  const grade = (code: string) => gradeSubmission({ problem, code, language, mode: 'all' });
  // the starter only has to be refused: a sample it fails proves that without running every hidden test
  const gradeStarter = async (code: string) => {
    const onSamples = await gradeSubmission({ problem, code, language, mode: 'samples' });
    return onSamples.verdict === 'accepted' ? grade(code) : onSamples;
  };
  const alternativeFiles = files.alternatives ?? [];
  const [solution, starter, alternatives, mistakes] = await Promise.all([
    grade(files.solutionCode),
    gradeStarter(files.starterCode),
    Promise.all(alternativeFiles.map((a) => grade(a.code))),
    Promise.all(files.mistakes.map((m) => grade(m.code))),
  ]);
  if (solution.verdict !== 'accepted') failures.push(`${tag} got ${solution.verdict}${describeFirstFailure(solution.tests)}`);
  for (const [i, a] of alternativeFiles.entries()) {
    const r = alternatives[i]!;
    if (r.verdict !== 'accepted') failures.push(`alternatives/${a.file} got ${r.verdict}${describeFirstFailure(r.tests)}`);
  }
  if (starter.verdict === 'accepted') failures.push(`${language === 'python' ? 'starter.py' : 'starter'} is accepted`);
  for (const [i, m] of files.mistakes.entries()) {
    const r = mistakes[i]!;
    if (r.verdict !== m.expect) failures.push(`mistakes/${m.file} got ${r.verdict}, declared ${m.expect}`);
    if (m.caughtBy === undefined) failures.push(`mistakes/${m.file} has no "${language === 'python' ? '#' : '//'} caught-by: <hidden test>" line`);
    else failures.push(...checkCaughtBy(problem, m.file, m.caughtBy, r.tests));
  }
  return { failures, starter: starter.verdict };
}

/** Everything `npm run problems:check` proves about one package. Never throws. */
export async function checkProblem(dir: string, slug: string, python?: PythonRuntimeStatus): Promise<ProblemCheckResult> {
  const t0 = performance.now();
  const failures: string[] = [];
  const done = (summary: string): ProblemCheckResult => ({ slug, ok: failures.length === 0, summary: failures.length ? failures.join('; ') : summary, failures, ms: performance.now() - t0 });
  let problem: ProblemPackage;
  const unfinished = await findScaffoldMarkers(dir);
  if (unfinished.length > 0) failures.push(`unfinished scaffold: ${SCAFFOLD_MARKER} left in ${unfinished.join(', ')}`);
  try {
    problem = await loadProblem(dir);
  } catch (error) {
    failures.push((error as Error).message.split('\n').join('; '));
    return done('');
  }
  try {
    failures.push(...(await checkStatement(problem.statementMd, problem.source)));
    failures.push(...(await checkCatalogCitations(problem.catalog)));
    if (problem.teaches.length < 2) failures.push(`"teaches:" lists ${problem.teaches.length} keywords (at least 2: what it teaches, which the catalog's search finds it by)`);
    const samples = problem.tests.cases.filter((c) => c.sample).length;
    if (samples < 2 || samples > 3) failures.push(`${samples} sample tests (2–3 required)`);
    if (problem.mistakes.length < 2) failures.push(`${problem.mistakes.length} mistakes (at least 2 required)`);
    const files: Array<[string, string]> = [
      ['starter.ts', problem.starterCode],
      ['solution.ts', problem.solutionCode],
      ...problem.mistakes.map((m): [string, string] => [`mistakes/${m.file}`, m.code]),
      ...problem.alternatives.map((a): [string, string] => [`alternatives/${a.file}`, a.code]),
    ];
    for (const [label, code] of files) {
      const problemWithFile = checkCandidateFile(problem, label, code);
      if (problemWithFile) failures.push(problemWithFile);
    }
    failures.push(...(await checkReferenceDeterministic(problem)));

    const ts = await checkCandidates(problem, 'typescript', problem);
    failures.push(...ts.failures);
    let pythonSummary = 'no Python version';
    if (!problem.python) failures.push('no Python version: starter.py and solution.py are required (grader/PROBLEM_FORMAT.md, "Python")');
    else if (python?.available === false) pythonSummary = `Python not checked (${python.reason})`;
    else {
      const py = problem.python;
      for (const [label, code] of [['starter.py', py.starterCode], ['solution.py', py.solutionCode], ...py.mistakes.map((m) => [`mistakes/${m.file}`, m.code])] as Array<[string, string]>) {
        const wrong = checkPythonFile(problem, label, code);
        if (wrong) failures.push(wrong);
      }
      const checked = await checkCandidates(problem, 'python', py);
      failures.push(...checked.failures);
      pythonSummary = `Python: solution accepted, ${py.mistakes.length} mistakes as declared, starter ${checked.starter}`;
    }
    failures.push(...(await probeHiddenLeaks(problem)));
    const alternatives = problem.alternatives.length ? `, ${problem.alternatives.length} alternatives accepted` : '';
    return done(`solution accepted${alternatives}, ${problem.mistakes.length} mistakes as declared, starter ${ts.starter}, ${problem.tests.cases.length} tests, no hidden data leaks; ${pythonSummary}`);
  } catch (error) {
    failures.push(`check crashed: ${(error as Error).message}`);
    return done('');
  } finally {
    forgetExpectedValues(problem);
  }
}
