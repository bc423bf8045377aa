import { db } from '@/lib/server/db/client';
import { ProblemParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { listProblemSubmissions } from '@/lib/server/submissions/list-problem-submissions';

export const dynamic = 'force-dynamic';

/** The signed-in user's history on one problem, newest first. */
export const GET = route({ auth: 'required', params: ProblemParams }, async ({ user, params }) =>
  Response.json({ submissions: await listProblemSubmissions(db(), { userId: user.id, problemSlug: params.slug }) }),
);
