/** The languages a candidate can write a solution in. Each problem has TypeScript; Python where its package has starter.py. */
export const LANGUAGES = ['typescript', 'python'] as const;

export type Language = (typeof LANGUAGES)[number];

/** The grading CLI picks the language from the file's extension. */
export function languageOfFile(file: string): Language | null {
  if (/\.(ts|mts|cts)$/i.test(file)) return 'typescript';
  if (/\.py$/i.test(file)) return 'python';
  return null;
}
