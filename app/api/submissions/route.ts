import { db } from '@/lib/server/db/client';
import { route } from '@/lib/server/http/route';
import { createSubmission, CreateSubmissionInput } from '@/lib/server/submissions/create-submission';

export const dynamic = 'force-dynamic';

/** Run (sample tests) or Submit (all tests): records the submission and queues its grading. */
export const POST = route({ auth: 'required', input: CreateSubmissionInput, maxBodyBytes: 512 * 1024 }, async ({ user, input }) => {
  const submission = await createSubmission(db(), { userId: user.id, ...input });
  return Response.json(submission, { status: 201 });
});
