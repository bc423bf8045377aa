import { db } from '@/lib/server/db/client';
import { problemSlugParam } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { listProblemSubmissions } from '@/lib/server/submissions/list-problem-submissions';

export const dynamic = 'force-dynamic';

/** The signed-in user's history on one problem, newest first. */
export const GET = route<never, { slug: string }>({ auth: 'required' }, async ({ user, params }) =>
  Response.json({ submissions: await listProblemSubmissions(db(), user!.id, problemSlugParam(params.slug)) }),
);
