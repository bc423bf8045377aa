import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../paths.ts';
import { loadProblem, readProblemMeta, type ProblemMeta, type ProblemPackage } from './load-problem.ts';

export const DEFAULT_PROBLEMS_DIR = path.join(REPO_ROOT, 'problems');

export interface ProblemLoadFailure {
  slug: string;
  message: string;
}

/** Folders under problems/ that look like packages (they have a problem.md), sorted by slug. */
export async function listProblemDirs(problemsDir = DEFAULT_PROBLEMS_DIR): Promise<string[]> {
  if (!existsSync(problemsDir)) return [];
  const entries = await readdir(problemsDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && existsSync(path.join(problemsDir, e.name, 'problem.md')))
    .map((e) => path.join(problemsDir, e.name))
    .sort();
}

/**
 * The registry: every package's metadata, sorted by slug. A broken package is reported in `failures`
 * rather than hiding the others. Packages are read concurrently: one after another, ~200 packages spent
 * seconds waiting on the disk a file at a time.
 */
export async function listProblems(problemsDir = DEFAULT_PROBLEMS_DIR): Promise<{ problems: ProblemMeta[]; failures: ProblemLoadFailure[] }> {
  const dirs = await listProblemDirs(problemsDir);
  const read = await Promise.allSettled(dirs.map((dir) => readProblemMeta(dir)));
  const problems: ProblemMeta[] = [];
  const failures: ProblemLoadFailure[] = [];
  read.forEach((r, i) => {
    if (r.status === 'fulfilled') problems.push(r.value);
    else failures.push({ slug: path.basename(dirs[i]!), message: (r.reason as Error).message });
  });
  return { problems, failures };
}

const loaded = new Map<string, Promise<ProblemPackage>>();

/** Loads a package by slug once per process (tests and reference imported). */
export function getProblem(slug: string, problemsDir = DEFAULT_PROBLEMS_DIR): Promise<ProblemPackage> {
  const dir = path.join(problemsDir, slug);
  let p = loaded.get(dir);
  if (!p) {
    p = loadProblem(dir);
    p.catch(() => loaded.delete(dir));
    loaded.set(dir, p);
  }
  return p;
}
