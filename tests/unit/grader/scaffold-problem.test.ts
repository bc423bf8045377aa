import { mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../grader/paths.ts';
import { loadProblem } from '../../../grader/problems/load-problem.ts';
import type { CatalogEntry } from '../../../grader/problems/parse-catalog.ts';
import { scaffoldProblem } from '../../../grader/problems/scaffold-problem.ts';
import { findScaffoldMarkers } from '../../../grader/problems/scaffold-markers.ts';

const scratch: string[] = [];
afterAll(() => Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A problems folder beside grader/, so the skeleton's `../../grader/kit.ts` resolves as it does under problems/. */
async function problemsDir(): Promise<string> {
  const dir = await mkdtemp(path.join(REPO_ROOT, '.scaffold-test-'));
  scratch.push(dir);
  return dir;
}

const adamEntry: CatalogEntry = {
  id: '004:adam-step',
  seed: '004',
  slug: 'adam-step',
  title: 'One Adam step with bias correction',
  file: 'from-004-study-sheet-and-001-mlops-guide.md',
  part: '8. Optimization',
  topic: 'optimization',
  difficulty: 'hard',
  signature: 'export function adamStep(theta: number[], grad: number[], m: number[], v: number[], t: number, lr: number): number[][]',
  source: '004_62d21d0ce9ffba61.txt § 8.4 Adam (L2250–2260)',
};

describe('npm run problem:new', () => {
  it('writes a package the loader reads, with every file the format wants and a catalog-prefilled front matter', async () => {
    const dir = await problemsDir();
    const { files } = await scaffoldProblem({ slug: 'adam-step', catalog: [adamEntry], problemsDir: dir });
    expect(files.sort()).toEqual(['mistakes/example-mistake.ts', 'problem.md', 'reference.ts', 'solution.py', 'solution.ts', 'starter.py', 'starter.ts', 'tests.ts']);
    const problem = await loadProblem(path.join(dir, 'adam-step'));
    expect(problem).toMatchObject({
      title: adamEntry.title,
      topic: 'optimizers',
      difficulty: 'hard',
      entry: 'adamStep',
      params: ['theta', 'grad', 'm', 'v', 't', 'lr'],
      source: [{ seed: '004_62d21d0ce9ffba61.txt' }],
    });
    expect(problem.statementMd).toMatch(/^## Rules$/m);
    expect(problem.statementMd).toMatch(/^## Example$/m);
    expect(problem.statementMd).toContain('Source: *Machine Learning Interview Study Sheet*');
    expect(await readFile(path.join(dir, 'adam-step', 'problem.md'), 'utf8')).toContain('  - "004:adam-step"');
    expect(problem.mistakes).toEqual([expect.objectContaining({ expect: 'wrong_answer', caughtBy: 'random 1' })]);
    const samples = problem.tests.cases.filter((c) => c.sample);
    expect(samples).toHaveLength(2);
    expect(samples[0]!.args).toHaveLength(6); // one placeholder per parameter
    expect(() => problem.reference(...samples[0]!.args)).toThrow('TODO(problem:new)');
    // the Python version: the snake_case function with the same parameters, typed from the TypeScript signature
    expect(await readFile(path.join(dir, 'adam-step', 'starter.py'), 'utf8')).toContain(
      'def adam_step(theta: list[float], grad: list[float], m: list[float], v: list[float], t: float, lr: float) -> list[list[float]]:',
    );
    expect(problem.python?.entry).toBe('adam_step');
  });

  it('leaves a marker in every file, so problems:check fails until the author has written each one', async () => {
    const dir = await problemsDir();
    await scaffoldProblem({ slug: 'row-sums', topic: 'linear-algebra', problemsDir: dir });
    expect(await findScaffoldMarkers(path.join(dir, 'row-sums'))).toEqual(['mistakes/example-mistake.ts', 'problem.md', 'reference.ts', 'solution.py', 'solution.ts', 'starter.py', 'starter.ts', 'tests.ts']);
    expect(await findScaffoldMarkers(path.join(REPO_ROOT, 'problems', 'stable-softmax'))).toEqual([]);
  });

  it('refuses an existing slug, a name that is not kebab-case, and a topic or difficulty outside the format', async () => {
    const dir = await problemsDir();
    await scaffoldProblem({ slug: 'row-sums', topic: 'linear-algebra', problemsDir: dir });
    await expect(scaffoldProblem({ slug: 'row-sums', topic: 'linear-algebra', problemsDir: dir })).rejects.toThrow('problems/row-sums already exists');
    for (const bad of ['Row-Sums', 'row_sums', 'row--sums', '-row', '../evil', '']) {
      await expect(scaffoldProblem({ slug: bad, topic: 'metrics', problemsDir: dir })).rejects.toThrow('is not a slug');
    }
    await expect(scaffoldProblem({ slug: 'no-topic', problemsDir: dir })).rejects.toThrow(/pass --topic, one of deep-learning/);
    await expect(scaffoldProblem({ slug: 'odd-topic', topic: 'other', problemsDir: dir })).rejects.toThrow('"other" is not a topic');
    await expect(scaffoldProblem({ slug: 'odd-level', topic: 'metrics', difficulty: 'extreme', problemsDir: dir })).rejects.toThrow('not a difficulty');
  });
});
