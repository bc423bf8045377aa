import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ProblemPackage } from '../problems/load-problem.ts';
import { dataDir } from '../paths.ts';

export type ExpectedValue = { kind: 'value'; value: unknown } | { kind: 'error'; message: string };

const memory = new Map<string, Promise<ExpectedValue>>();

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

async function loadOrCompute(problem: ProblemPackage, index: number): Promise<ExpectedValue> {
  const file = cacheFile(problem, index);
  if (existsSync(file)) {
    try {
      return deserialize(await readFile(file)) as ExpectedValue;
    } catch {
      // a torn or foreign file: recompute below
    }
  }
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

/**
 * Expected value of a case, cached per (problem version, case index) in memory and on disk under
 * data/cache/expected/, so grading never recomputes it on the hot path.
 */
export function expectedValue(problem: ProblemPackage, index: number): Promise<ExpectedValue> {
  const key = `${problem.slug}@${problem.version}#${index}`;
  let p = memory.get(key);
  if (!p) {
    p = loadOrCompute(problem, index);
    p.catch(() => memory.delete(key));
    memory.set(key, p);
  }
  return p;
}
