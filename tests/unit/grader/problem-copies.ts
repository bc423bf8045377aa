import { cp, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll } from 'vitest';
import { REPO_ROOT } from '../../../grader/paths.ts';

const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A problems folder beside grader/ (so packages' `../../grader/kit.ts` resolves) holding copies of real packages; removed after the file's tests. */
export async function problemsWith(copies: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(REPO_ROOT, '.check-test-'));
  scratch.push(dir);
  for (const [slug, from] of Object.entries(copies)) await cp(path.join(REPO_ROOT, 'problems', from), path.join(dir, slug), { recursive: true });
  return dir;
}
