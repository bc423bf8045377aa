import { STAFF } from '@/lib/server/access/roles';
import { db } from '@/lib/server/db/client';
import { OrganizationParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { listMembers } from '@/lib/server/organizations/list-members';

export const dynamic = 'force-dynamic';

export const GET = route({ auth: { roles: STAFF }, params: OrganizationParams }, async ({ user, params }) =>
  Response.json({ members: await listMembers(db(), { userId: user.id, organizationId: params.organizationId }) }),
);
