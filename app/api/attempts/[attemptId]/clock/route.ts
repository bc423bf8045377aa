import { getAttemptClock } from '@/lib/server/attempts/get-attempt-clock';
import { db } from '@/lib/server/db/client';
import { AttemptParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** The server's clock and the attempt's deadline: the workspace's **Time left** follows these. */
export const GET = route({ auth: 'required', params: AttemptParams }, async ({ user, params }) => Response.json(await getAttemptClock(db(), { userId: user.id, ...params })));
