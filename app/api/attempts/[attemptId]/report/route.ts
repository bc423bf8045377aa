import { getAttemptReport } from '@/lib/server/attempts/get-attempt-report';
import { db } from '@/lib/server/db/client';
import { AttemptParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** Staff: the report on one attempt, scorecards included. Never for candidates. */
export const GET = route({ auth: 'required', params: AttemptParams }, async ({ user, params }) => Response.json(await getAttemptReport(db(), { userId: user.id, ...params })));
