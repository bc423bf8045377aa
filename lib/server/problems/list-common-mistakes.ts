import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseMistakeHeader } from '../../../grader/problems/mistake-header.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A package's "Common mistakes": the `// mistake:` line of each known-bad solution under
 * problems/<slug>/mistakes/ (TypeScript and Python, each described once), in file order. Only the
 * descriptions leave this function, never the mistakes' code. Empty when the package has none.
 */
export async function listCommonMistakes(slug: string, problemsDir = path.join(process.cwd(), 'problems')): Promise<string[]> {
  if (!SLUG.test(slug)) return [];
  const dir = path.join(problemsDir, slug, 'mistakes');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.ts') || f.endsWith('.py')).sort();
  const descriptions = new Set<string>();
  for (const file of files) {
    try {
      descriptions.add(parseMistakeHeader(await readFile(path.join(dir, file), 'utf8'), file).description);
    } catch {
      // a malformed header fails problems:check; here the mistake is simply left out
    }
  }
  return [...descriptions];
}
