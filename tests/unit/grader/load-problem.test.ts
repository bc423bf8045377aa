import { mkdtemp, mkdir, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProblem, readProblemMeta } from '../../../grader/problems/load-problem.ts';
import { listProblems } from '../../../grader/problems/list-problems.ts';
import { parseSignature } from '../../../grader/problems/signature.ts';
import { parseMistakeHeader } from '../../../grader/problems/mistake-header.ts';
import { REPO_ROOT } from '../../../grader/paths.ts';

const problemsDir = path.join(REPO_ROOT, 'problems');

async function copyPackage(slug: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'grader-loader-'));
  const dir = path.join(root, slug);
  await cp(path.join(problemsDir, slug), dir, { recursive: true });
  return dir;
}

describe('loadProblem', () => {
  it('loads stable-softmax with its metadata, tests and reference', async () => {
    const p = await loadProblem(path.join(problemsDir, 'stable-softmax'));
    expect(p).toMatchObject({ slug: 'stable-softmax', entry: 'softmax', topic: 'deep-learning', difficulty: 'easy', params: ['z'] });
    expect(p.limits).toEqual({ timeMs: 1000, memoryMb: 128 });
    expect(p.version).toMatch(/^[0-9a-f]{16}$/);
    expect(p.tests.cases.filter((c) => c.sample)).toHaveLength(2);
    expect(p.reference([[1000, 1000, -1000]])).toEqual([[0.5, 0.5, 0]]);
    expect(p.mistakes.length).toBeGreaterThanOrEqual(2);
  });

  it('names the file and field of a bad front matter', async () => {
    const dir = await copyPackage('stable-softmax');
    const md = path.join(dir, 'problem.md');
    const { readFile } = await import('node:fs/promises');
    await writeFile(md, (await readFile(md, 'utf8')).replace('timeMs: 1000', 'timeMs: fast'));
    await expect(readProblemMeta(dir)).rejects.toThrow(/problems\/stable-softmax\/problem\.md: front matter field "limits\.timeMs"/);
  });

  it('changes version when any file changes', async () => {
    const dir = await copyPackage('stable-softmax');
    const before = (await readProblemMeta(dir)).version;
    await writeFile(path.join(dir, 'solution.ts'), '// edited\n', { flag: 'a' });
    expect((await readProblemMeta(dir)).version).not.toBe(before);
  });

  it('reports a missing file by name', async () => {
    const dir = await copyPackage('stable-softmax');
    const { rm } = await import('node:fs/promises');
    await rm(path.join(dir, 'starter.ts'));
    await expect(readProblemMeta(dir)).rejects.toThrow('problems/stable-softmax/starter.ts is missing');
  });
});

describe('listProblems', () => {
  it('lists good packages and reports broken ones without throwing', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'grader-registry-'));
    await cp(path.join(problemsDir, 'kmeans-lloyd'), path.join(root, 'kmeans-lloyd'), { recursive: true });
    await mkdir(path.join(root, 'broken-one'));
    await writeFile(path.join(root, 'broken-one', 'problem.md'), '---\ntitle: x\n---\n');
    const { problems, failures } = await listProblems(root);
    expect(problems.map((p) => p.slug)).toEqual(['kmeans-lloyd']);
    expect(failures.map((f) => f.slug)).toEqual(['broken-one']);
  });
});

describe('package helpers', () => {
  it('parses parameter names, skipping commas nested in types', () => {
    expect(parseSignature('export function f(a: Map<string, number>, b: { x: number; y: [number, number] } | null): number')).toEqual({
      name: 'f',
      params: ['a', 'b'],
      types: ['Map<string, number>', '{ x: number; y: [number, number] } | null'],
      returns: 'number',
    });
    expect(parseSignature('export function h(z: number[][]): { probs: number[][]; loss: number }')?.returns).toBe('{ probs: number[][]; loss: number }');
    expect(parseSignature('export function g(): void')?.params).toEqual([]);
  });

  it('reads mistake headers and rejects "accepted"', () => {
    expect(parseMistakeHeader('// expect: wrong_answer\n// mistake: off by one\n', 'm.ts')).toEqual({ expect: 'wrong_answer', description: 'off by one' });
    expect(() => parseMistakeHeader('// expect: accepted\n// mistake: x\n', 'm.ts')).toThrow(/not an allowed/);
  });
});
