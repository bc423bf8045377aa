import { z } from 'zod';

export const TOPICS = [
  'deep-learning', 'optimizers', 'classical-ml', 'clustering', 'dimensionality-reduction', 'ensembles',
  'probability-statistics', 'metrics', 'regularization', 'sequence-models', 'attention', 'causal-uplift',
  'monitoring', 'preprocessing', 'nlp', 'reinforcement-learning', 'linear-algebra', 'recommender-systems',
  'interpretability', 'mlops',
] as const;

export const FrontMatterSchema = z.object({
  title: z.string().min(1),
  topic: z.enum(TOPICS),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  /** the study-sheet sections it draws on: seed file, section name, optionally the line range (for maintainers) */
  source: z.array(z.object({ seed: z.string().min(1), section: z.string().min(1), lines: z.string().min(1).optional() })).min(1),
  /** the catalog entries it implements, as "<seed number>:<slug>" (e.g. "000:roc-curve-auc") */
  catalog: z.array(z.string().regex(/^\d{3}:[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like "000:roc-curve-auc"')).optional(),
  /** what it teaches, as the lowercase keywords a candidate searches the catalog by ("backprop", "auc") */
  teaches: z.array(z.string().regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}\p{M} +/'.-]*$/u, 'must be a lowercase keyword').max(40)).max(16).optional(),
  entry: z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be a JavaScript identifier'),
  signature: z.string().min(1),
  limits: z.object({
    timeMs: z.number().int().positive().max(60_000),
    memoryMb: z.number().int().min(8).max(4096),
  }),
  tolerance: z.object({ rtol: z.number().nonnegative(), atol: z.number().nonnegative() }),
});

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** "problems/x/problem.md: front matter field "limits.timeMs": expected number, received string" */
export function describeFrontMatterError(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${file}: front matter field "${field}": ${issue.message}`;
  });
  return lines.join('\n');
}
