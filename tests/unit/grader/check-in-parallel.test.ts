import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInParallel } from '../../../grader/problems/check-in-parallel.ts';
import { problemsWith } from './problem-copies.ts';

describe('problems:check in parallel', () => {
  it('checks packages in separate processes and reports each one, failures included', async () => {
    const dir = await problemsWith({ 'uplift-a': 'uplift-curve', 'uplift-b': 'uplift-curve' });
    const mistakes = path.join(dir, 'uplift-b', 'mistakes');
    await writeFile(path.join(dir, 'uplift-b', 'solution.ts'), await readFile(path.join(mistakes, (await readdir(mistakes))[0]!), 'utf8'));
    const seen: string[] = [];
    const results = await checkInParallel({ dirs: [path.join(dir, 'uplift-a'), path.join(dir, 'uplift-b')], workers: 2, onResult: (r) => seen.push(r.slug) });
    expect(seen.sort()).toEqual(['uplift-a', 'uplift-b']);
    const bySlug = Object.fromEntries(results.map((r) => [r.slug, r]));
    expect(bySlug['uplift-a']).toMatchObject({ ok: true });
    expect(bySlug['uplift-b']!.ok).toBe(false);
    expect(bySlug['uplift-b']!.summary).toMatch(/^solution got wrong_answer/);
  }, 120_000);

  it('fails a package that overruns, replaces its process and checks the rest', async () => {
    const dir = await problemsWith({ 'hangs-on-load': 'uplift-curve', 'uplift-c': 'uplift-curve' });
    await writeFile(path.join(dir, 'hangs-on-load', 'tests.ts'), 'while (true) {}\nexport default {};\n');
    const results = await checkInParallel({ dirs: [path.join(dir, 'hangs-on-load'), path.join(dir, 'uplift-c')], workers: 1, packageTimeoutMs: 15_000 });
    expect(results.map((r) => [r.slug, r.ok, r.summary.slice(0, 40)])).toEqual([
      ['hangs-on-load', false, 'the check took longer than 15 s'],
      ['uplift-c', true, expect.stringMatching(/^solution accepted/)],
    ]);
  }, 120_000);

  it('fails the package a check process was started for when the process does not get ready', async () => {
    const dir = await problemsWith({ 'uplift-d': 'uplift-curve' });
    const results = await checkInParallel({ dirs: [path.join(dir, 'uplift-d')], workers: 1, startTimeoutMs: 50 });
    expect(results).toMatchObject([{ slug: 'uplift-d', ok: false, summary: expect.stringMatching(/^the check process did not start within/) }]);
  });
});
