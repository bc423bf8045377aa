import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, derived from this file's location (grader/paths.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Git-ignored folder for caches; GRADER_DATA_DIR moves it (tests, read-only checkouts). */
export function dataDir(): string {
  return process.env.GRADER_DATA_DIR ?? path.join(REPO_ROOT, 'data');
}
