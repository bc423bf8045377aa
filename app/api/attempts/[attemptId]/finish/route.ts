import { finishAttempt } from '@/lib/server/attempts/finish-attempt';
import { db } from '@/lib/server/db/client';
import { AttemptParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** The candidate finishes early: the last saved code of every problem is handed in. */
export const POST = route({ auth: 'required', params: AttemptParams }, async ({ user, params }) => Response.json(await finishAttempt(db(), { userId: user.id, ...params })));
