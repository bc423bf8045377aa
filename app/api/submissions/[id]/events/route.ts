import { db } from '@/lib/server/db/client';
import { serverEnv } from '@/lib/server/env';
import { submissionIdParam } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { submissionEventStream } from '@/lib/server/submissions/submission-event-stream';

export const dynamic = 'force-dynamic';

/** Server-sent events: queued → running (with tests done) → verdict. */
export const GET = route<never, { id: string }>({ auth: 'required' }, async ({ request, user, params }) =>
  submissionEventStream({ prisma: db(), databaseUrl: serverEnv().DATABASE_URL, userId: user!.id, submissionId: submissionIdParam(params.id), signal: request.signal }),
);
