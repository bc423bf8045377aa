/**
 * npm run problems:check [-- <slug> …] — proves packages under problems/ through the real grader, in
 * parallel (one check process per core; PROBLEMS_CHECK_WORKERS overrides). One line per package as it
 * finishes, then "N passed, N failed", the wall time with the machine's load, and the slowest packages;
 * exit 1 on any failure.
 * PROBLEMS_DIR checks another folder of packages (it must sit beside grader/, like problems/).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dataDir } from '../grader/paths.ts';
import { checkInParallel } from '../grader/problems/check-in-parallel.ts';
import { listProblemDirs, DEFAULT_PROBLEMS_DIR } from '../grader/problems/list-problems.ts';
import { describePythonRuntime, pythonRuntime, pythonRuntimeEnv } from '../grader/python/python-runtime.ts';

/** Seconds each package took last time: the slowest start first, so no worker is left with a long one at the end. */
const TIMES_FILE = path.join(dataDir(), 'cache', 'problems-check-times.json');

async function previousTimes(): Promise<Record<string, number>> {
  if (!existsSync(TIMES_FILE)) return {};
  try {
    return JSON.parse(await readFile(TIMES_FILE, 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

async function main(): Promise<number> {
  const t0 = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  const only = process.argv.slice(2);
  const problemsDir = process.env.PROBLEMS_DIR ? path.resolve(process.env.PROBLEMS_DIR) : DEFAULT_PROBLEMS_DIR;
  const dirs = (await listProblemDirs(problemsDir)).filter((d) => only.length === 0 || only.includes(path.basename(d)));
  const unknown = only.filter((slug) => !dirs.some((d) => path.basename(d) === slug));
  if (unknown.length > 0) {
    process.stderr.write(`problems:check: no package ${unknown.join(', ')} under ${path.relative(process.cwd(), problemsDir) || '.'}\n`);
    return 1;
  }
  const python = await pythonRuntime();
  process.stdout.write(`${describePythonRuntime(python)}\n`);
  // CI installs both runtimes (.ci/run): there every Python file must be proven, never skipped
  if (!python.available && process.env.CI === 'true') return 1;
  Object.assign(process.env, pythonRuntimeEnv(python)); // the check processes take it instead of detecting again
  const times = await previousTimes();
  dirs.sort((a, b) => (times[path.basename(b)] ?? 0) - (times[path.basename(a)] ?? 0));
  const results = await checkInParallel({
    dirs,
    onResult: (r) => process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.slug} (${(r.ms / 1000).toFixed(1)}s): ${r.summary}\n`),
  });
  const failed = results.filter((r) => !r.ok);
  const wall = (performance.now() - t0) / 1000;
  // the wall time says little without the machine's load: other work on the same cores stretches it
  const machine = `${os.availableParallelism()} cores, load average ${loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0]!.toFixed(1)} at the end`;
  process.stdout.write(`${results.length - failed.length} passed, ${failed.length} failed in ${wall.toFixed(1)} s (${machine})\n`);
  const slowest = [...results].sort((a, b) => b.ms - a.ms).slice(0, 8);
  process.stdout.write(`slowest: ${slowest.map((r) => `${r.slug} ${(r.ms / 1000).toFixed(1)}s`).join(', ')}\n`);
  if (failed.length > 0) process.stdout.write(`failed: ${failed.map((r) => r.slug).join(' ')}\n`);
  for (const r of results) times[r.slug] = Math.round(r.ms);
  await mkdir(path.dirname(TIMES_FILE), { recursive: true }).then(() => writeFile(TIMES_FILE, JSON.stringify(times))).catch(() => undefined);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`problems:check failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
