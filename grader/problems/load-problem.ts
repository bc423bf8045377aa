import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import matter from 'gray-matter';
import type { TestSuite, Tolerance } from '../kit.ts';
import { ensureReferenceBackend } from '../reference-kit/backend.ts';
import { packageContentHash } from './content-hash.ts';
import { describeFrontMatterError, FrontMatterSchema, type FrontMatter } from './front-matter.ts';
import { parseMistakeHeader, type MistakeHeader } from './mistake-header.ts';
import { parseSignature } from './signature.ts';
import { parsePythonSignature, snakeCase, type PythonParam } from '../python/python-signature.ts';

export interface MistakeFile extends MistakeHeader {
  /** file name inside mistakes/ */
  file: string;
  code: string;
}

/** The package's Python files: starter.py, solution.py and mistakes/*.py, with the function they define. */
export interface PythonVersion {
  /** the snake_case form of the TypeScript entry */
  entry: string;
  /** the `def` line(s) of starter.py, as shown to candidates */
  signature: string;
  params: PythonParam[];
  starterCode: string;
  solutionCode: string;
  mistakes: MistakeFile[];
}

/** Another correct solution, written differently: it must be accepted (a check stricter than the statement fails it). */
export interface AlternativeFile {
  /** file name inside alternatives/ */
  file: string;
  /** the `// alternative: <description>` header line */
  description: string;
  code: string;
}

/** What the web app shows: metadata, statement and starter. No test data, no reference. */
export interface ProblemMeta {
  slug: string;
  dir: string;
  title: string;
  topic: FrontMatter['topic'];
  difficulty: FrontMatter['difficulty'];
  source: FrontMatter['source'];
  /** the catalog entries it implements ("004:roc-auc") */
  catalog: string[];
  /** keywords of what it teaches, for the catalog's search */
  teaches: string[];
  entry: string;
  signature: string;
  /** parameter names from the signature, in order */
  params: string[];
  limits: FrontMatter['limits'];
  tolerance: Tolerance;
  statementMd: string;
  starterCode: string;
  solutionCode: string;
  mistakes: MistakeFile[];
  /** null when the package has no starter.py (TypeScript only) */
  python: PythonVersion | null;
  alternatives: AlternativeFile[];
  /** content hash of the package files and the modules they import (kit, reference-kit), keying cached expected values */
  version: string;
}

export type ReferenceFn = (...args: unknown[]) => unknown;

/** A fully loaded package: metadata plus its tests and trusted reference (host-side only). */
export interface ProblemPackage extends ProblemMeta {
  tests: TestSuite;
  reference: ReferenceFn;
}

export class ProblemLoadError extends Error {
  constructor(readonly slug: string, message: string) {
    super(message);
    this.name = 'ProblemLoadError';
  }
}

async function readRequired(dir: string, slug: string, file: string): Promise<string> {
  const full = path.join(dir, file);
  if (!existsSync(full)) throw new ProblemLoadError(slug, `problems/${slug}/${file} is missing`);
  return readFile(full, 'utf8');
}

/** Reads problem.md, starter, solution and mistakes; imports nothing. */
export async function readProblemMeta(dir: string): Promise<ProblemMeta> {
  const abs = path.resolve(dir);
  const slug = path.basename(abs);
  const label = `problems/${slug}/problem.md`;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw new ProblemLoadError(slug, `problems/${slug}: folder name is not a kebab-case slug`);
  const raw = await readRequired(abs, slug, 'problem.md');
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(raw);
  } catch (error) {
    throw new ProblemLoadError(slug, `${label}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  const fm = FrontMatterSchema.safeParse(parsed.data);
  if (!fm.success) throw new ProblemLoadError(slug, describeFrontMatterError(label, fm.error));
  const front = fm.data;
  const sig = parseSignature(front.signature);
  if (sig === null || sig.name !== front.entry) {
    throw new ProblemLoadError(slug, `${label}: front matter field "signature" must be "export function ${front.entry}(…)"`);
  }
  const mistakes = await readMistakes(abs, slug, '.ts');
  const alternatives = await readAlternatives(abs, slug);
  return {
    slug,
    dir: abs,
    title: front.title,
    topic: front.topic,
    difficulty: front.difficulty,
    source: front.source,
    catalog: front.catalog ?? [],
    teaches: front.teaches ?? [],
    entry: front.entry,
    signature: front.signature,
    params: sig.params,
    limits: front.limits,
    tolerance: { rtol: front.tolerance.rtol, atol: front.tolerance.atol },
    statementMd: parsed.content,
    starterCode: await readRequired(abs, slug, 'starter.ts'),
    solutionCode: await readRequired(abs, slug, 'solution.ts'),
    mistakes,
    python: await readPythonVersion(abs, slug, front.entry, sig.params.length),
    alternatives,
    version: await packageContentHash(abs),
  };
}

async function readMistakes(dir: string, slug: string, extension: '.ts' | '.py'): Promise<MistakeFile[]> {
  const mistakesDir = path.join(dir, 'mistakes');
  const files = existsSync(mistakesDir) ? (await readdir(mistakesDir)).filter((f) => f.endsWith(extension)).sort() : [];
  const mistakes: MistakeFile[] = [];
  for (const file of files) {
    const code = await readFile(path.join(mistakesDir, file), 'utf8');
    try {
      mistakes.push({ file, code, ...parseMistakeHeader(code, `problems/${slug}/mistakes/${file}`) });
    } catch (error) {
      throw new ProblemLoadError(slug, (error as Error).message);
    }
  }
  return mistakes;
}

/** starter.py and solution.py (both or neither), defining the snake_case entry with the TypeScript parameter count. */
async function readPythonVersion(dir: string, slug: string, tsEntry: string, paramCount: number): Promise<PythonVersion | null> {
  if (!existsSync(path.join(dir, 'starter.py'))) return null;
  const starterCode = await readRequired(dir, slug, 'starter.py');
  const solutionCode = await readRequired(dir, slug, 'solution.py');
  const entry = snakeCase(tsEntry);
  const sig = parsePythonSignature(starterCode, entry);
  if (!sig) throw new ProblemLoadError(slug, `problems/${slug}/starter.py must define "def ${entry}(…)" at the top level`);
  if (sig.params.length !== paramCount) {
    throw new ProblemLoadError(slug, `problems/${slug}/starter.py: ${entry} takes ${sig.params.length} parameters, the TypeScript signature has ${paramCount}`);
  }
  return { entry, signature: sig.text, params: sig.params, starterCode, solutionCode, mistakes: await readMistakes(dir, slug, '.py') };
}

async function readAlternatives(dir: string, slug: string): Promise<AlternativeFile[]> {
  const folder = path.join(dir, 'alternatives');
  if (!existsSync(folder)) return [];
  const alternatives: AlternativeFile[] = [];
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.ts')).sort()) {
    const code = await readFile(path.join(folder, file), 'utf8');
    const description = /^\s*\/\/\s*alternative:\s*(.+)$/m.exec(code.split('\n', 4).join('\n'))?.[1]?.trim();
    if (!description) throw new ProblemLoadError(slug, `problems/${slug}/alternatives/${file}: missing "// alternative: <description>" header line`);
    alternatives.push({ file, description, code });
  }
  return alternatives;
}

function isTestSuite(value: unknown): value is TestSuite {
  const v = value as TestSuite | null;
  return typeof v === 'object' && v !== null && Array.isArray(v.cases) && typeof v.checks === 'object';
}

/**
 * Loads a package completely. tests.ts and reference.ts are imported as TypeScript modules, so the
 * process must run with a TypeScript loader (`node --import tsx`, or vitest).
 */
export async function loadProblem(dir: string): Promise<ProblemPackage> {
  const meta = await readProblemMeta(dir);
  const { slug } = meta;
  const referenceSource = await readRequired(meta.dir, slug, 'reference.ts');
  await readRequired(meta.dir, slug, 'tests.ts');
  // TF.js references need their backend chosen before they run; float64 ones never load TF.js
  if (referenceSource.includes('@tensorflow/')) await ensureReferenceBackend();
  const url = (file: string) => `${pathToFileURL(path.join(meta.dir, file)).href}?v=${meta.version}`;
  let testsModule: { default?: unknown };
  let referenceModule: Record<string, unknown>;
  try {
    testsModule = (await import(url('tests.ts'))) as { default?: unknown };
  } catch (error) {
    throw new ProblemLoadError(slug, `problems/${slug}/tests.ts failed to load: ${(error as Error).message}`);
  }
  try {
    referenceModule = (await import(url('reference.ts'))) as Record<string, unknown>;
  } catch (error) {
    throw new ProblemLoadError(slug, `problems/${slug}/reference.ts failed to load: ${(error as Error).message}`);
  }
  if (!isTestSuite(testsModule.default)) {
    throw new ProblemLoadError(slug, `problems/${slug}/tests.ts must default-export defineTests({ cases })`);
  }
  const reference = referenceModule[meta.entry];
  if (typeof reference !== 'function') {
    throw new ProblemLoadError(slug, `problems/${slug}/reference.ts does not export a function "${meta.entry}"`);
  }
  return { ...meta, tests: testsModule.default, reference: reference as ReferenceFn };
}
