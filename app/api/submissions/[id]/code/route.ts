import { db } from '@/lib/server/db/client';
import { SubmissionParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { getSubmissionCode } from '@/lib/server/submissions/get-submission-code';

export const dynamic = 'force-dynamic';

/** A submission's code and the previous one's, for the history diff. */
export const GET = route({ auth: 'required', params: SubmissionParams }, async ({ user, params }) =>
  Response.json(await getSubmissionCode(db(), { viewerId: user.id, submissionId: params.id })),
);
