import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedModules, packageContentHash } from '../../../grader/problems/content-hash.ts';
import { REPO_ROOT } from '../../../grader/paths.ts';

/** A throwaway repository: grader/kit.ts, grader/reference-kit/{stats,erf}.ts and problems/demo/. */
async function fixtureRepo(): Promise<{ root: string; pkg: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'grader-hash-'));
  const pkg = path.join(root, 'problems', 'demo');
  await mkdir(path.join(root, 'grader', 'reference-kit'), { recursive: true });
  await mkdir(path.join(pkg, 'mistakes'), { recursive: true });
  await writeFile(path.join(root, 'grader', 'kit.ts'), 'export const defineTests = (x: unknown) => x;\n');
  await writeFile(path.join(root, 'grader', 'reference-kit', 'erf.ts'), 'export const erf = (x: number) => x;\n');
  await writeFile(path.join(root, 'grader', 'reference-kit', 'stats.ts'), "export { erf } from './erf';\nexport const unused = 1;\n");
  await writeFile(path.join(root, 'grader', 'reference-kit', 'other.ts'), 'export const other = 2;\n');
  await writeFile(path.join(pkg, 'reference.ts'), "import {\n  erf,\n} from '../../grader/reference-kit/stats.ts';\nimport * as tf from '@tensorflow/tfjs';\nexport const f = erf;\n");
  await writeFile(path.join(pkg, 'tests.ts'), "import { defineTests } from '../../grader/kit.ts';\nexport default defineTests({});\n");
  await writeFile(path.join(pkg, 'mistakes', 'm.ts'), '// expect: wrong_answer\n');
  await mkdir(path.join(root, 'node_modules', '@tensorflow', 'tfjs'), { recursive: true });
  await writeFile(path.join(root, 'node_modules', '@tensorflow', 'tfjs', 'package.json'), '{"name":"@tensorflow/tfjs","version":"4.22.0"}');
  return { root, pkg };
}

describe('package content hash', () => {
  it('follows the imports of reference.ts and tests.ts out of the package, transitively, but not npm packages', async () => {
    const { root, pkg } = await fixtureRepo();
    const rel = (await importedModules(pkg)).map((f) => path.relative(root, f));
    expect(rel).toEqual(['grader/kit.ts', 'grader/reference-kit/erf.ts', 'grader/reference-kit/stats.ts']);
  });

  it('changes when a reference-kit module the reference imports changes, even one imported through another', async () => {
    const { root, pkg } = await fixtureRepo();
    const before = await packageContentHash(pkg);
    await writeFile(path.join(root, 'grader', 'reference-kit', 'erf.ts'), 'export const erf = (x: number) => 2 * x;\n');
    const afterErf = await packageContentHash(pkg);
    expect(afterErf).not.toBe(before);
    await writeFile(path.join(root, 'grader', 'kit.ts'), 'export const defineTests = (x: unknown) => [x];\n');
    expect(await packageContentHash(pkg)).not.toBe(afterErf);
  });

  it('changes when an npm package the reference imports is upgraded', async () => {
    const { root, pkg } = await fixtureRepo();
    const before = await packageContentHash(pkg);
    await writeFile(path.join(root, 'node_modules', '@tensorflow', 'tfjs', 'package.json'), '{"name":"@tensorflow/tfjs","version":"4.23.0"}');
    expect(await packageContentHash(pkg)).not.toBe(before);
  });

  it('does not change when a reference-kit module nobody imports changes', async () => {
    const { root, pkg } = await fixtureRepo();
    const before = await packageContentHash(pkg);
    await writeFile(path.join(root, 'grader', 'reference-kit', 'other.ts'), 'export const other = 3;\n');
    expect(await packageContentHash(pkg)).toBe(before);
  });

  it('covers the float64 helpers for the packages whose reference uses them', async () => {
    const modules = await importedModules(path.join(REPO_ROOT, 'problems', 'stable-softmax'));
    expect(modules.map((f) => path.relative(REPO_ROOT, f))).toEqual(expect.arrayContaining(['grader/kit.ts', 'grader/kit/checks.ts', 'grader/reference-kit/float64.ts']));
  });
});
