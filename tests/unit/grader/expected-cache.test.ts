import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getProblem, precomputeExpectedValues } from '../../../grader/index';

let dir = '';
const previous = process.env.GRADER_DATA_DIR;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'expected-cache-'));
  process.env.GRADER_DATA_DIR = dir;
});
afterAll(async () => {
  if (previous === undefined) delete process.env.GRADER_DATA_DIR;
  else process.env.GRADER_DATA_DIR = previous;
  await rm(dir, { recursive: true, force: true });
});

describe('precomputeExpectedValues', () => {
  it('stores every case of a problem version once, and has nothing to do the second time', async () => {
    const problem = await getProblem('kmeans-lloyd');
    expect(await precomputeExpectedValues(problem)).toBe(problem.tests.cases.length);
    const folder = path.join(dir, 'cache', 'expected', 'kmeans-lloyd', problem.version);
    expect(existsSync(folder)).toBe(true);
    expect((await readdir(folder)).filter((f) => f.endsWith('.v8'))).toHaveLength(problem.tests.cases.length);
    expect(await precomputeExpectedValues(problem)).toBe(0);
  });
});
