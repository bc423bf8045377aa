/**
 * npm run -s grade -- <slug> <file.ts|file.py> [--samples] [--json]   (the language follows the extension)
 * Exit 0 whenever grading finished (whatever the verdict); non-zero only when the grader failed.
 */
import { readFile } from 'node:fs/promises';
import { gradeSubmission } from '../grade/grade-submission.ts';
import type { GradeReport } from '../grade/report-types.ts';
import { languageOfFile } from '../languages.ts';
import { getProblem } from '../problems/list-problems.ts';
import { shutdownSandboxPool } from '../sandbox/sandbox-pool.ts';

const USAGE = 'usage: npm run -s grade -- <slug> <file.ts|file.py> [--samples] [--json]';

/** Exactly the fields of the CLI's JSON contract, in its order. */
function toContractJson(report: GradeReport): object {
  return {
    verdict: report.verdict,
    score: report.score,
    tests: report.tests.map((t) => ({
      name: t.name,
      hidden: t.hidden,
      verdict: t.verdict,
      timeMs: t.timeMs,
      ...(t.message !== undefined ? { message: t.message } : {}),
      ...(t.output !== undefined ? { output: t.output } : {}),
    })),
    timing: { totalMs: report.timing.totalMs },
  };
}

function printHuman(slug: string, report: GradeReport): void {
  const lines = [`${slug}: ${report.verdict}  score ${(report.score * 100).toFixed(1)}%  (${report.timing.totalMs} ms)`];
  if (report.compileError) lines.push(`  compile error: ${report.compileError.message}`);
  for (const t of report.tests) {
    const tag = t.hidden ? 'hidden' : 'sample';
    lines.push(`  ${t.verdict.padEnd(22)} ${tag}  ${t.timeMs.toFixed(1).padStart(8)} ms  ${t.name}${t.message ? ` — ${t.message}` : ''}`);
    if (t.output) lines.push(...t.output.trimEnd().split('\n').slice(0, 10).map((l) => `      | ${l}`));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const positional = argv.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--samples' && f !== '--json');
  if (positional.length !== 2 || unknown.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const [slug, file] = positional as [string, string];
  const language = languageOfFile(file);
  if (!language) {
    process.stderr.write(`${file}: the language is taken from the extension, .ts or .py\n${USAGE}\n`);
    return 2;
  }
  const problem = await getProblem(slug);
  const code = await readFile(file, 'utf8');
  const report = await gradeSubmission({ problem, code, language, mode: flags.has('--samples') ? 'samples' : 'all' });
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify(toContractJson(report))}\n`);
  else printHuman(slug, report);
  return 0;
}

main(process.argv.slice(2))
  .then((code) => {
    shutdownSandboxPool();
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    shutdownSandboxPool();
    process.stderr.write(`grader failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
