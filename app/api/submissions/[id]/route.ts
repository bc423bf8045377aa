import { db } from '@/lib/server/db/client';
import { SubmissionParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { getSubmission } from '@/lib/server/submissions/get-submission';

export const dynamic = 'force-dynamic';

/** A submission's status, verdict and per-test results (the polling fallback of the event stream). */
export const GET = route({ auth: 'required', params: SubmissionParams }, async ({ user, params }) =>
  Response.json(await getSubmission(db(), { viewerId: user.id, submissionId: params.id })),
);
