import { MANAGERS } from '@/lib/server/access/roles';
import { ExtraTimeInput } from '@/lib/server/assessments/schemas';
import { setExtraTime } from '@/lib/server/assessments/set-extra-time';
import { db } from '@/lib/server/db/client';
import { SeatParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** A candidate's extra time; during their attempt it extends the deadline (never shortens it). */
export const PATCH = route({ auth: { roles: MANAGERS }, params: SeatParams, input: ExtraTimeInput }, async ({ user, params, input }) =>
  Response.json(await setExtraTime(db(), { userId: user.id, ...params, ...input })),
);
