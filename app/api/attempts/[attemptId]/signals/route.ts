import { recordSignal } from '@/lib/server/attempts/record-signal';
import { RecordSignalInput } from '@/lib/server/attempts/schemas';
import { db } from '@/lib/server/db/client';
import { AttemptParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** A large paste or a loss of focus, timed by the server. */
export const POST = route({ auth: 'required', params: AttemptParams, input: RecordSignalInput }, async ({ user, params, input }) =>
  Response.json(await recordSignal(db(), { userId: user.id, ...params, input }), { status: 201 }),
);
