/**
 * node --import tsx scripts/direct-first-call.ts <slug> <case index>
 * The "same code run directly in Node" side of the sandbox-overhead figure: a fresh process transpiles
 * the package's solution exactly as the grader does, calls it once on the case, and prints the CPU time
 * of that first call in ms (every thread of the process, as the sandbox's own measure counts its own).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { transpileSubmission } from '../grader/compile/transpile-submission.ts';
import type { TestSuite } from '../grader/kit.ts';
import { DEFAULT_PROBLEMS_DIR, readProblemMeta } from '../grader/index.ts';

const [slug, indexArg] = process.argv.slice(2);
if (!slug || indexArg === undefined) throw new Error('usage: direct-first-call.ts <slug> <case index>');
const dir = path.join(DEFAULT_PROBLEMS_DIR, slug);
const meta = await readProblemMeta(dir);
const suite = ((await import(pathToFileURL(path.join(dir, 'tests.ts')).href)) as { default: TestSuite }).default;
const testCase = suite.cases[Number(indexArg)];
if (!testCase) throw new Error(`${slug} has no case #${indexArg}`);
const compiled = await transpileSubmission(meta.solutionCode);
if (!compiled.ok) throw new Error(compiled.message);
const candidate = new Function(`${compiled.code}; return __candidate;`)() as Record<string, (...args: unknown[]) => unknown>;
const fn = candidate[meta.entry]!;
const args = structuredClone(testCase.args);
const before = process.cpuUsage();
fn(...args);
const used = process.cpuUsage(before);
process.stdout.write(`${(used.user + used.system) / 1000}\n`);
