import { z } from 'zod';
import { LARGE_PASTE_CHARS } from '../../shared/signals';

const Slug = z.string().min(1).max(100);

export const SaveAttemptDraftInput = z.object({ code: z.string() });
export type SaveAttemptDraftInput = z.infer<typeof SaveAttemptDraftInput>;

export const CreateAttemptSubmissionInput = z.object({ problemSlug: Slug, kind: z.enum(['run', 'submit']), code: z.string() });
export type CreateAttemptSubmissionInput = z.infer<typeof CreateAttemptSubmissionInput>;


export const RecordSignalInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paste'), problemSlug: Slug, chars: z.number().int().min(LARGE_PASTE_CHARS).max(10_000_000), lines: z.number().int().min(1).max(1_000_000) }),
  z.object({ kind: z.literal('focus_lost'), problemSlug: Slug.optional() }),
  z.object({ kind: z.literal('focus_back') }),
]);
export type RecordSignalInput = z.infer<typeof RecordSignalInput>;

/** What every answer to the candidate's workspace carries, so its clock follows the server's. */
export type AttemptClock = { serverNow: string; deadlineAt: string };
