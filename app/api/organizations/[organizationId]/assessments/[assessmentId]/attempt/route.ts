import { startAttempt } from '@/lib/server/attempts/start-attempt';
import { db } from '@/lib/server/db/client';
import { AssessmentParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** **Start assessment**: the server fixes the deadline. Again (a second tab, a replay): the same attempt and deadline. */
export const POST = route({ auth: { roles: ['candidate'] }, params: AssessmentParams }, async ({ user, params }) => {
  const started = await startAttempt(db(), { userId: user.id, ...params });
  return Response.json(started, { status: started.started ? 201 : 200 });
});
