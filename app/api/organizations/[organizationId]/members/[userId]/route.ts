import { OWNERS } from '@/lib/server/access/roles';
import { db } from '@/lib/server/db/client';
import { MemberParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { changeMemberRole } from '@/lib/server/organizations/change-member-role';
import { removeMember } from '@/lib/server/organizations/remove-member';
import { ChangeRoleInput } from '@/lib/server/organizations/schemas';

export const dynamic = 'force-dynamic';

/** Change a member's role (owner). */
export const PATCH = route({ auth: { roles: OWNERS }, params: MemberParams, input: ChangeRoleInput }, async ({ user, params, input }) =>
  Response.json(await changeMemberRole(db(), { userId: user.id, organizationId: params.organizationId, memberId: params.userId, ...input })),
);

/** Remove a member (owner); their assignments here are withdrawn. */
export const DELETE = route({ auth: { roles: OWNERS }, params: MemberParams }, async ({ user, params }) =>
  Response.json(await removeMember(db(), { userId: user.id, organizationId: params.organizationId, memberId: params.userId })),
);
