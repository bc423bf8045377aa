import { MANAGERS } from '@/lib/server/access/roles';
import { db } from '@/lib/server/db/client';
import { serverEnv } from '@/lib/server/env';
import { OrganizationParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { createInvitation } from '@/lib/server/invitations/create-invitation';
import { listInvitations } from '@/lib/server/invitations/list-invitations';
import { CreateInvitationInput } from '@/lib/server/invitations/schemas';

export const dynamic = 'force-dynamic';

export const GET = route({ auth: { roles: MANAGERS }, params: OrganizationParams }, async ({ user, params }) =>
  Response.json({ invitations: await listInvitations(db(), { userId: user.id, organizationId: params.organizationId, appUrl: serverEnv().APP_URL }) }),
);

/** A new invitation link (owners: any role; coaches: candidates), e-mailed too when an address is given. */
export const POST = route({ auth: { roles: MANAGERS }, params: OrganizationParams, input: CreateInvitationInput }, async ({ user, params, input }) => {
  const env = serverEnv();
  const created = await createInvitation(db(), { userId: user.id, organizationId: params.organizationId, appUrl: env.APP_URL, mailEnabled: Boolean(env.SMTP_URL), ...input });
  return Response.json(created, { status: 201 });
});
