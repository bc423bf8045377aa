/**
 * The languages a candidate can pick, as the browser and the server both name them (the grader's own list
 * is grader/languages.ts; a test keeps the two equal).
 */
export const LANGUAGE_NAMES = ['typescript', 'python'] as const;

export type LanguageName = (typeof LANGUAGE_NAMES)[number];

export const LANGUAGE_TITLES: Record<LanguageName, string> = { typescript: 'TypeScript', python: 'Python' };

/** Whether this server can grade Python, and if not, why (shown beside the picker). */
export type PythonAvailability = { available: true } | { available: false; reason: string; hint: string };
