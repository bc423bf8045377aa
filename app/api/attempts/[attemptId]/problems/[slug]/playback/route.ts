import { getPlayback } from '@/lib/server/attempts/get-playback';
import { db } from '@/lib/server/db/client';
import { AttemptProblemParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** Staff: every snapshot of one problem's code, with Runs and Submits and their verdicts. */
export const GET = route({ auth: 'required', params: AttemptProblemParams }, async ({ user, params }) =>
  Response.json(await getPlayback(db(), { userId: user.id, attemptId: params.attemptId, problemSlug: params.slug })),
);
