import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ProblemPackage } from '../problems/load-problem.ts';
import { dataDir } from '../paths.ts';
import { BoundedCache, cacheBudgetBytes, plainBytes } from './bounded-cache.ts';

export type ExpectedValue = { kind: 'value'; value: unknown } | { kind: 'error'; message: string };

/** Expected values in memory, least recently used dropped first (they stay on disk). */
const memory = new BoundedCache<Promise<ExpectedValue>>(cacheBudgetBytes('GRADER_EXPECTED_CACHE_MB', 128));

/** Calls the trusted reference on a private copy of the arguments (it must not see or keep ours). */
export async function runReference(problem: ProblemPackage, args: readonly unknown[]): Promise<ExpectedValue> {
  try {
    const value: unknown = await problem.reference(...structuredClone(args as unknown[]));
    return { kind: 'value', value: structuredClone(value) };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function cacheFile(problem: ProblemPackage, index: number): string {
  return path.join(dataDir(), 'cache', 'expected', problem.slug, problem.version, `${index}.v8`);
}

async function readCached(file: string): Promise<ExpectedValue | null> {
  if (!existsSync(file)) return null;
  try {
    return deserialize(await readFile(file)) as ExpectedValue;
  } catch {
    return null; // a torn or foreign file: recomputed
  }
}

async function computeAndStore(problem: ProblemPackage, index: number, file: string): Promise<ExpectedValue> {
  const testCase = problem.tests.cases[index];
  if (!testCase) throw new Error(`${problem.slug}: no test case #${index}`);
  const expected = await runReference(problem, testCase.args);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(tmp, serialize(expected)); // v8 format keeps NaN, ±Infinity and -0
    await rename(tmp, file);
  } catch {
    // a read-only data folder only costs recomputation
  }
  return expected;
}

async function loadOrCompute(problem: ProblemPackage, index: number): Promise<ExpectedValue> {
  const file = cacheFile(problem, index);
  return (await readCached(file)) ?? computeAndStore(problem, index, file);
}

/**
 * Computes and stores on disk every expected value of a problem version that is not there yet,
 * one case at a time, without holding them in memory: a worker calls it at start so that no
 * candidate's submission waits for the reference.
 */
export async function precomputeExpectedValues(problem: ProblemPackage): Promise<number> {
  let computed = 0;
  for (let index = 0; index < problem.tests.cases.length; index++) {
    const file = cacheFile(problem, index);
    if (memory.get(`${problem.slug}@${problem.version}#${index}`) !== undefined || existsSync(file)) continue;
    await computeAndStore(problem, index, file);
    computed++;
    await new Promise((resolve) => setImmediate(resolve)); // let grading jobs in between
  }
  return computed;
}

/**
 * Expected value of a case, cached per (problem version, case index) in memory (bounded) and on disk
 * under data/cache/expected/, so grading never recomputes it on the hot path.
 */
export function expectedValue(problem: ProblemPackage, index: number): Promise<ExpectedValue> {
  const key = `${problem.slug}@${problem.version}#${index}`;
  let p = memory.get(key);
  if (!p) {
    p = loadOrCompute(problem, index);
    p.then((v) => memory.resize(key, v.kind === 'value' ? plainBytes(v.value) : 64), () => memory.delete(key));
    memory.set(key, p, 64);
  }
  return p;
}

/** Frees a problem version's expected values from memory (they stay on disk): a check moving on to the next package. */
export function forgetExpectedValues(problem: ProblemPackage): void {
  for (const key of memory.keys()) if (key.startsWith(`${problem.slug}@${problem.version}#`)) memory.delete(key);
}
