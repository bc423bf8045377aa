import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DEFAULT_PROBLEMS_DIR } from './list-problems.ts';

/** problems/coverage-exclusions.yaml: why a catalog entry has no package of its own. */
export const EXCLUSIONS_FILE = 'coverage-exclusions.yaml';

/** The reasons a catalog entry may have no package, each with what it names. */
export const EXCLUSION_REASONS = {
  'same-as': 'same problem as',
  'not-a-function': 'not a function of its inputs',
  'unpinnable-randomness': 'needs randomness that cannot be pinned',
  'out-of-scope': 'out of scope',
} as const;

export type ExclusionReason = keyof typeof EXCLUSION_REASONS;
export interface Exclusion {
  reason: ExclusionReason;
  /** same-as: the package slug or catalog entry id it is the same problem as; otherwise: why, in a sentence */
  detail: string;
}

const text = z.string().trim().min(3);
const ExclusionSchema = z.union([
  z.strictObject({ 'same-as': z.string().regex(/^(\d{3}:)?[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a package slug or a catalog entry id') }),
  z.strictObject({ 'not-a-function': text }),
  z.strictObject({ 'unpinnable-randomness': text }),
  z.strictObject({ 'out-of-scope': text }),
]);
const ExclusionsSchema = z.record(z.string().regex(/^\d{3}:[a-z0-9]+(-[a-z0-9]+)*$/), ExclusionSchema);

/** Parses the exclusions file's text; throws naming the entry and what is wrong with it. */
export function parseExclusions(source: string): Map<string, Exclusion> {
  const parsed = ExclusionsSchema.safeParse(parse(source) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const what = issue.code === 'invalid_key' ? 'not a catalog entry id like "004:roc-auc"' : `${issue.message} (each entry takes one of: ${Object.keys(EXCLUSION_REASONS).join(', ')})`;
    throw new Error(`problems/${EXCLUSIONS_FILE}: ${issue.path.join('.') || '(root)'}: ${what}`);
  }
  return new Map(
    Object.entries(parsed.data).map(([id, value]) => {
      const [reason, detail] = Object.entries(value)[0] as [ExclusionReason, string];
      return [id, { reason, detail }];
    }),
  );
}

export async function readExclusions(problemsDir = DEFAULT_PROBLEMS_DIR): Promise<Map<string, Exclusion>> {
  const file = path.join(problemsDir, EXCLUSIONS_FILE);
  return existsSync(file) ? parseExclusions(await readFile(file, 'utf8')) : new Map();
}
