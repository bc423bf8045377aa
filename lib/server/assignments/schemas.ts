import { z } from 'zod';

const Id = z.string().regex(/^[A-Za-z0-9_-]{10,40}$/, 'Not a valid id.');

/** A due date from the browser: an ISO instant (the form turns the viewer's local time into one), or none. */
export const DueAt = z.preprocess(
  (value) => (value === '' || value === undefined ? null : value),
  z.iso.datetime({ offset: true, message: 'Enter a valid due date.' }).transform((value) => new Date(value)).nullable(),
);

export const AssignProblemSetInput = z.object({
  problemSetId: Id,
  candidateIds: z.array(Id).min(1, 'Choose at least one candidate.').max(500),
  dueAt: DueAt,
});
export type AssignProblemSetInput = z.infer<typeof AssignProblemSetInput>;

export const UpdateAssignmentInput = z.object({ dueAt: DueAt });
export type UpdateAssignmentInput = z.infer<typeof UpdateAssignmentInput>;
