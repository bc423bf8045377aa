import { MANAGERS } from '@/lib/server/access/roles';
import { inviteCandidates } from '@/lib/server/assessments/invite-candidates';
import { InviteCandidatesInput } from '@/lib/server/assessments/schemas';
import { db } from '@/lib/server/db/client';
import { serverEnv } from '@/lib/server/env';
import { AssessmentParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** Personal single-use links for e-mail addresses, with their extra time; sent where e-mail is set up. */
export const POST = route({ auth: { roles: MANAGERS }, params: AssessmentParams, input: InviteCandidatesInput }, async ({ user, params, input }) => {
  const env = serverEnv();
  return Response.json(await inviteCandidates(db(), { userId: user.id, ...params, ...input, appUrl: env.APP_URL, mailEnabled: Boolean(env.SMTP_URL) }), { status: 201 });
});
