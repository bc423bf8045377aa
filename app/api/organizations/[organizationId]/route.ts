import { ANY_MEMBER, OWNERS } from '@/lib/server/access/roles';
import { db } from '@/lib/server/db/client';
import { OrganizationParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { deleteOrganization } from '@/lib/server/organizations/delete-organization';
import { getOrganization } from '@/lib/server/organizations/get-organization';
import { renameOrganization } from '@/lib/server/organizations/rename-organization';
import { DeleteOrganizationInput, RenameOrganizationInput } from '@/lib/server/organizations/schemas';

export const dynamic = 'force-dynamic';

export const GET = route({ auth: { roles: ANY_MEMBER }, params: OrganizationParams }, async ({ user, params }) =>
  Response.json(await getOrganization(db(), { userId: user.id, organizationId: params.organizationId })),
);

/** Rename (owner). */
export const PATCH = route({ auth: { roles: OWNERS }, params: OrganizationParams, input: RenameOrganizationInput }, async ({ user, params, input }) =>
  Response.json(await renameOrganization(db(), { userId: user.id, organizationId: params.organizationId, ...input })),
);

/** Delete (owner), confirmed by the organization's name in the body. */
export const DELETE = route({ auth: { roles: OWNERS }, params: OrganizationParams, input: DeleteOrganizationInput }, async ({ user, params, input }) => {
  await deleteOrganization(db(), { userId: user.id, organizationId: params.organizationId, ...input });
  return Response.json({ deleted: true });
});
