import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { listPackageFiles } from './content-hash.ts';

/** Left by `npm run problem:new` in every place an author must fill in; `problems:check` fails while any remains. */
export const SCAFFOLD_MARKER = 'TODO(problem:new)';

/** The files of a package that still hold the scaffold's marker, sorted; none for a missing folder. */
export async function findScaffoldMarkers(dir: string): Promise<string[]> {
  const files = await listPackageFiles(dir).catch(() => []); // a missing folder fails at load, with its own message
  const left = await Promise.all(files.map(async (f) => ((await readFile(path.join(dir, f), 'utf8')).includes(SCAFFOLD_MARKER) ? f : null)));
  return left.filter((f): f is string => f !== null).sort();
}
