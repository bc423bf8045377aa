import { seedNumberOf } from './study-sheets.ts';

/** One `### <slug> — <title>` entry of a problem catalog file (../shared/problem-catalog/from-*.md). */
export interface CatalogEntry {
  /** "<seed number>:<slug>", what a package's `catalog:` front matter cites */
  id: string;
  seed: string;
  slug: string;
  title: string;
  /** the catalog file and the `## ` part of it the entry sits in */
  file: string;
  part: string;
  topic: string;
  difficulty: string;
  /** the proposed signature, without backticks or trailing prose */
  signature: string;
  /** the entry's `source` line as written: seed file, section path, line numbers */
  source: string;
}

export const ENTRY_HEADING = /^### ([a-z0-9]+(?:-[a-z0-9]+)*) — (.+)$/;
const FIELD = /^- ([a-z][a-z ]*): (.*)$/;

/** `export function f(…): T` out of "`export function f(…): T`, returning …". */
function cleanSignature(value: string): string {
  const quoted = /`(export function[^`]+)`/.exec(value)?.[1];
  return (quoted ?? value).trim();
}

/**
 * Every entry of one catalog file, in file order. The seed comes from the entry's own `source` line (a
 * file covers two study sheets). Throws, naming the line, on an entry without a source, topic or
 * difficulty, or whose source names no known study sheet.
 */
export function parseCatalogFile(file: string, text: string): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  const lines = text.split('\n');
  let part = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('## ')) part = line.slice(3).trim();
    const heading = ENTRY_HEADING.exec(line);
    if (!heading) continue;
    const fields = new Map<string, string>();
    for (let j = i + 1; j < lines.length && !lines[j]!.startsWith('#'); j++) {
      const field = FIELD.exec(lines[j]!);
      if (field && !fields.has(field[1]!)) fields.set(field[1]!, field[2]!.trim());
    }
    const where = `${file}:${i + 1} (${heading[1]})`;
    const source = fields.get('source');
    const seed = source === undefined ? null : seedNumberOf(source.trim());
    if (source === undefined || seed === null) throw new Error(`${where}: no "- source:" line naming a study sheet file`);
    const topic = fields.get('topic');
    const difficulty = fields.get('difficulty');
    if (!topic || !difficulty) throw new Error(`${where}: missing "- topic:" or "- difficulty:"`);
    entries.push({
      id: `${seed}:${heading[1]!}`,
      seed,
      slug: heading[1]!,
      title: heading[2]!.trim(),
      file,
      part,
      topic,
      difficulty,
      signature: cleanSignature(fields.get('signature') ?? ''),
      source,
    });
  }
  return entries;
}
