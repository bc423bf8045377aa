import { z } from 'zod';

export const COHORT_SORTS = ['name', 'solved', 'score', 'activity'] as const;
export const COHORT_FILTERS = ['all', 'behind', 'done', 'not_started', 'late'] as const;

/** The cohort view's query string; anything unexpected falls back to the default. */
export const CohortQuery = z.object({
  set: z.string().regex(/^[A-Za-z0-9_-]{10,40}$/).optional().catch(undefined),
  sort: z.enum(COHORT_SORTS).default('name').catch('name'),
  filter: z.enum(COHORT_FILTERS).default('all').catch('all'),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type CohortQuery = z.infer<typeof CohortQuery>;
