import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../grader/paths.ts';

const run = promisify(execFile);

/** The CLIs run in their own process: isolates need `node --no-node-snapshot`, which vitest workers lack. */
function node(...args: string[]) {
  return run(process.execPath, ['--no-node-snapshot', '--import', 'tsx', ...args], { cwd: REPO_ROOT, timeout: 60_000 });
}

describe('grade CLI', () => {
  it('prints the JSON contract and exits 0 for a wrong answer', async () => {
    const { stdout } = await node('grader/cli/grade.ts', 'stable-softmax', 'problems/stable-softmax/mistakes/naive-exp-overflows.ts', '--samples', '--json');
    const report = JSON.parse(stdout) as { verdict: string; score: number; tests: Array<Record<string, unknown>>; timing: { totalMs: number } };
    expect(report.verdict).toBe('wrong_answer');
    expect(report.score).toBe(0.5);
    expect(Object.keys(report.tests[0]!)).toEqual(['name', 'hidden', 'verdict', 'timeMs', 'message']);
    expect(typeof report.timing.totalMs).toBe('number');
  }, 60_000);

  it('exits non-zero when the grader itself fails (unknown problem)', async () => {
    await expect(node('grader/cli/grade.ts', 'no-such-problem', 'x.ts')).rejects.toMatchObject({ code: 1 });
  }, 60_000);
});

describe('reference CLI', () => {
  it('maps "Infinity"/"-Infinity"/"NaN" strings both ways and reports thrown errors', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'reference-cli-'));
    const input = path.join(dir, 'in.json');
    await writeFile(input, JSON.stringify([[[[0, '-Infinity', 1]]], [[['-Infinity', '-Infinity']]]]));
    const { stdout } = await node('grader/cli/reference.ts', 'stable-softmax', input);
    const out = JSON.parse(stdout) as unknown[];
    expect((out[0] as number[][])[0]![1]).toBe(0);
    expect(out[1]).toEqual([['NaN', 'NaN']]);
  }, 60_000);
});
