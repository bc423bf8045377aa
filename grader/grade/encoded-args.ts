import type { ProblemPackage } from '../problems/load-problem.ts';
import { encodePlain, type EncodedPlain } from '../sandbox/plain-codec.ts';
import { BoundedCache, cacheBudgetBytes } from './bounded-cache.ts';

const cache = new BoundedCache<EncodedPlain>(cacheBudgetBytes('GRADER_ARGS_CACHE_MB', 64));

/**
 * A test case's arguments in the sandbox's wire format (one Float64Array of numbers and a skeleton),
 * encoded once per problem version: each grading then hands the sandbox a block copy, not nested arrays.
 */
export function encodedArgs(problem: ProblemPackage, index: number): EncodedPlain {
  const key = `${problem.slug}@${problem.version}#${index}`;
  let encoded = cache.get(key);
  if (!encoded) {
    const testCase = problem.tests.cases[index];
    if (!testCase) throw new Error(`${problem.slug}: no test case #${index}`);
    encoded = encodePlain(testCase.args);
    cache.set(key, encoded, encoded.numbers.byteLength + 2 * encoded.skeleton.length);
  }
  return encoded;
}
