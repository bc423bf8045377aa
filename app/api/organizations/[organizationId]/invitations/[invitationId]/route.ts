import { MANAGERS } from '@/lib/server/access/roles';
import { db } from '@/lib/server/db/client';
import { InvitationParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { revokeInvitation } from '@/lib/server/invitations/revoke-invitation';

export const dynamic = 'force-dynamic';

/** Revoke: the link stops working; who joined through it stays. */
export const DELETE = route({ auth: { roles: MANAGERS }, params: InvitationParams }, async ({ user, params }) => {
  await revokeInvitation(db(), { userId: user.id, organizationId: params.organizationId, invitationId: params.invitationId });
  return Response.json({ revoked: true });
});
