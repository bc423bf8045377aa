import { z } from 'zod';

const CommonMistakes = z.object({ typescript: z.array(z.string()), python: z.array(z.string()) });

/**
 * A problem's "Common mistakes" as the problem sync stored them (`Problem.commonMistakes`): the `// mistake:`
 * line of each known-bad solution, per language. Descriptions only, never code or tests; empty when unreadable.
 */
export function readCommonMistakes(stored: unknown): z.infer<typeof CommonMistakes> {
  return CommonMistakes.catch({ typescript: [], python: [] }).parse(stored);
}
