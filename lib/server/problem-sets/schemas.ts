import { z } from 'zod';

export const MAX_SET_PROBLEMS = 50;

export const SaveProblemSetInput = z.object({
  title: z.string().trim().min(1, 'Give the set a title.').max(120, 'Use at most 120 characters.'),
  description: z.string().max(20_000, 'Use at most 20,000 characters.').default(''),
  items: z
    .array(z.object({ slug: z.string().min(1).max(100), points: z.coerce.number().int('Points are whole numbers.').min(1, 'At least 1 point.').max(1000, 'At most 1000 points.') }))
    .max(MAX_SET_PROBLEMS, `A set holds at most ${MAX_SET_PROBLEMS} problems.`)
    .refine((items) => new Set(items.map((i) => i.slug)).size === items.length, 'A problem appears twice in the set.'),
});
export type SaveProblemSetInput = z.infer<typeof SaveProblemSetInput>;

export const ArchiveProblemSetInput = z.object({ archived: z.boolean() });
