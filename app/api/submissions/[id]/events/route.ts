import { db } from '@/lib/server/db/client';
import { serverEnv } from '@/lib/server/env';
import { SubmissionParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { submissionEventStream } from '@/lib/server/submissions/submission-event-stream';

export const dynamic = 'force-dynamic';

/** Server-sent events: queued → running (with tests done) → verdict. */
export const GET = route({ auth: 'required', params: SubmissionParams }, async ({ request, user, params }) =>
  submissionEventStream(db(), { databaseUrl: serverEnv().DATABASE_URL, viewerId: user.id, submissionId: params.id, signal: request.signal }),
);
