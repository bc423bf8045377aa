/** Public API of the grader library (importable without Next.js). */
export { gradeSubmission, GraderOverloadedError } from './grade/grade-submission.ts';
export { precomputeExpectedValues } from './grade/expected-cache.ts';
export type { GradeMode, GradeReport, GradeRequest, TestDetails, TestReport } from './grade/report-types.ts';
export { loadProblem, readProblemMeta, ProblemLoadError } from './problems/load-problem.ts';
export type { MistakeFile, ProblemMeta, ProblemPackage, ReferenceFn } from './problems/load-problem.ts';
export { listProblems, listProblemDirs, getProblem, DEFAULT_PROBLEMS_DIR } from './problems/list-problems.ts';
export type { ProblemLoadFailure } from './problems/list-problems.ts';
export { VERDICTS, worstVerdict, isVerdict } from './verdicts.ts';
export type { Verdict } from './verdicts.ts';
export { prewarmPythonSandboxes, shutdownSandboxPool } from './sandbox/sandbox-pool.ts';
export { LANGUAGES, languageOfFile } from './languages.ts';
export type { Language } from './languages.ts';
export { pythonRuntime, describePythonRuntime, ENABLE_PYTHON_HINT } from './python/python-runtime.ts';
export type { PythonRuntimeStatus } from './python/python-runtime.ts';
export type { TestCase, TestSuite, Tolerance, PlainValue } from './kit.ts';
