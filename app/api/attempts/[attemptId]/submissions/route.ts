import { createAttemptSubmission } from '@/lib/server/attempts/create-attempt-submission';
import { CreateAttemptSubmissionInput } from '@/lib/server/attempts/schemas';
import { db } from '@/lib/server/db/client';
import { AttemptParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** Run or Submit during an attempt; refused with "Time is up" after the deadline. */
export const POST = route({ auth: 'required', params: AttemptParams, input: CreateAttemptSubmissionInput, maxBodyBytes: 512 * 1024 }, async ({ user, params, input }) =>
  Response.json(await createAttemptSubmission(db(), { userId: user.id, ...params, ...input }), { status: 201 }),
);
