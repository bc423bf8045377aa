import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProblem } from '../../../grader/problems/check-problem.ts';
import { problemsWith } from './problem-copies.ts';

const NO_PYTHON = { available: false as const, reason: 'not part of this test' };

describe('problems:check on the starter', () => {
  it('fails a package whose starter is accepted', async () => {
    const dir = await problemsWith({ 'uplift-solved-starter': 'uplift-curve' });
    const pkg = path.join(dir, 'uplift-solved-starter');
    await writeFile(path.join(pkg, 'starter.ts'), await readFile(path.join(pkg, 'solution.ts'), 'utf8'));
    const result = await checkProblem(pkg, 'uplift-solved-starter', NO_PYTHON);
    expect(result.failures).toEqual(['starter is accepted']);
  }, 120_000);

  it('accepts a starter that passes the samples but fails a hidden test (it is graded on every test then)', async () => {
    const dir = await problemsWith({ 'uplift-sample-starter': 'uplift-curve' });
    const pkg = path.join(dir, 'uplift-sample-starter');
    const solution = await readFile(path.join(pkg, 'solution.ts'), 'utf8');
    // right on the two samples' scores only
    const guard = `  if (![[0.1, 0.5, 0.9, 0.7, 0.3], [0.9, 0.1, 0.8, 0.2, 0.7, 0.3, 0.6, 0.4, 0.5, 0.05]].some((s) => JSON.stringify(s) === JSON.stringify(scores))) return { pcts: [], uplifts: [] };\n`;
    await writeFile(path.join(pkg, 'starter.ts'), solution.replace(/(export function upliftCurve\([^\n]*\n)/, `$1${guard}`));
    const result = await checkProblem(pkg, 'uplift-sample-starter', NO_PYTHON);
    expect(result).toMatchObject({ ok: true, summary: expect.stringContaining('starter wrong_answer') });
  }, 120_000);
});
