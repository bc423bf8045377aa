/**
 * npm run problems:check — validates every package under problems/ through the real grader.
 * One line per problem, then "N passed, N failed"; exit 1 on any failure.
 */
import path from 'node:path';
import { checkProblem, type ProblemCheckResult } from '../grader/problems/check-problem.ts';
import { listProblemDirs } from '../grader/problems/list-problems.ts';
import { describePythonRuntime, pythonRuntime } from '../grader/python/python-runtime.ts';
import { shutdownSandboxPool } from '../grader/sandbox/sandbox-pool.ts';

/** Packages checked at once; each grading also shares the sandbox pool (one child per core). */
const CONCURRENCY = Number(process.env.PROBLEMS_CHECK_CONCURRENCY) || 2;

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const dirs = (await listProblemDirs()).filter((d) => only.length === 0 || only.includes(path.basename(d)));
  const python = await pythonRuntime();
  process.stdout.write(`${describePythonRuntime(python)}\n`);
  // CI installs both runtimes (.ci/run): there every Python file must be proven, never skipped
  if (!python.available && process.env.CI === 'true') return 1;
  const results: ProblemCheckResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < dirs.length) {
      const dir = dirs[next++]!;
      const r = await checkProblem(dir, path.basename(dir), python);
      results.push(r);
      const secs = (r.ms / 1000).toFixed(1);
      process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.slug} (${secs}s): ${r.summary}\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, dirs.length) }, worker));
  const passed = results.filter((r) => r.ok).length;
  process.stdout.write(`${passed} passed, ${results.length - passed} failed\n`);
  return results.length - passed === 0 ? 0 : 1;
}

main()
  .then((code) => {
    shutdownSandboxPool();
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    shutdownSandboxPool();
    process.stderr.write(`problems:check failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
