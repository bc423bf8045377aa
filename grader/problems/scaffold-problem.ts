import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CatalogEntry } from './parse-catalog.ts';
import { TOPICS, type FrontMatter } from './front-matter.ts';
import { DEFAULT_PROBLEMS_DIR } from './list-problems.ts';
import { mistakeTs, problemMd, referenceTs, solutionPy, solutionTs, starterPy, starterTs, testsTs, type ScaffoldSpec } from './scaffold-templates.ts';
import { parseSignature } from './signature.ts';
import { seedNumberOf } from './study-sheets.ts';

export interface ScaffoldOptions {
  slug: string;
  /** catalog entries the package implements; the first one prefills title, topic, difficulty and signature */
  catalog?: CatalogEntry[];
  title?: string;
  topic?: string;
  difficulty?: string;
  problemsDir?: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

/** The catalog's topic names where they differ from the package format's. */
const CATALOG_TOPICS: Record<string, FrontMatter['topic']> = {
  optimization: 'optimizers',
  'nlp-sequence': 'sequence-models',
  'attention-transformers': 'attention',
};

function isTopic(value: string): value is FrontMatter['topic'] {
  return (TOPICS as readonly string[]).includes(value);
}

function camelCase(slug: string): string {
  return slug.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^(\d)/, '_$1');
}

function resolveTopic(explicit: string | undefined, fromCatalog: string | undefined): FrontMatter['topic'] {
  const topic = explicit ?? (fromCatalog === undefined ? undefined : CATALOG_TOPICS[fromCatalog] ?? fromCatalog);
  if (topic !== undefined && isTopic(topic)) return topic;
  const given = topic === undefined ? 'no topic given' : `"${topic}" is not a topic`;
  throw new Error(`${given}: pass --topic, one of ${TOPICS.join(', ')}`);
}

function resolveSpec(options: ScaffoldOptions): ScaffoldSpec {
  const { slug } = options;
  const entries = options.catalog ?? [];
  const first = entries[0];
  const difficulty = options.difficulty ?? first?.difficulty ?? 'medium';
  if (!(DIFFICULTIES as readonly string[]).includes(difficulty)) throw new Error(`"${difficulty}" is not a difficulty: easy, medium or hard`);
  const fallback = `export function ${camelCase(slug)}(x: number[][]): number[][]`;
  const signature = first?.signature && parseSignature(first.signature) ? first.signature : fallback;
  const parsed = parseSignature(signature)!;
  const sources = entries.map((e) => ({ seed: /^\S+\.txt/.exec(e.source)?.[0] ?? e.seed, seedNumber: seedNumberOf(e.seed)!, catalogSource: e.source }));
  return {
    slug,
    title: options.title ?? first?.title ?? slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    topic: resolveTopic(options.topic, first?.topic),
    difficulty: difficulty as FrontMatter['difficulty'],
    entry: parsed.name,
    signature,
    params: parsed.params,
    types: parsed.types,
    returns: parsed.returns,
    // without a catalog entry the author still cites a sheet: the skeleton names the templates sheet, to be replaced
    sources: sources.length > 0 ? sources : [{ seed: '002_273e6087ab1c4c16.txt', seedNumber: '002' }],
    catalog: entries.map((e) => e.id),
  };
}

/**
 * Writes the skeleton of a new package (`npm run problem:new -- <slug>`): every file the format wants, each
 * with TODO(problem:new) where the author must write, so `problems:check` fails until it is done. Refuses a
 * slug that is not kebab-case or already has a folder. Returns the folder and the files written.
 */
export async function scaffoldProblem(options: ScaffoldOptions): Promise<{ dir: string; files: string[] }> {
  const { slug } = options;
  if (!SLUG.test(slug)) throw new Error(`"${slug}" is not a slug: lowercase letters and digits in words joined by "-" (e.g. kmeans-lloyd)`);
  const dir = path.join(options.problemsDir ?? DEFAULT_PROBLEMS_DIR, slug);
  if (existsSync(dir)) throw new Error(`problems/${slug} already exists`);
  const spec = resolveSpec(options);
  const files: Record<string, string> = {
    'problem.md': problemMd(spec),
    'starter.ts': starterTs(spec),
    'reference.ts': referenceTs(spec),
    'tests.ts': testsTs(spec),
    'solution.ts': solutionTs(spec),
    'starter.py': starterPy(spec),
    'solution.py': solutionPy(spec),
    'mistakes/example-mistake.ts': mistakeTs(spec),
  };
  await mkdir(path.join(dir, 'mistakes'), { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text, { flag: 'wx' });
  return { dir, files: Object.keys(files) };
}
