import { db } from '@/lib/server/db/client';
import { route } from '@/lib/server/http/route';
import { createOrganization } from '@/lib/server/organizations/create-organization';
import { listMyMemberships } from '@/lib/server/organizations/list-my-memberships';
import { CreateOrganizationInput } from '@/lib/server/organizations/schemas';

export const dynamic = 'force-dynamic';

/** The signed-in user's organizations, with their role in each. */
export const GET = route({ auth: 'required' }, async ({ user }) => Response.json({ organizations: await listMyMemberships(db(), { userId: user.id }) }));

/** A new organization, with its creator as owner. */
export const POST = route({ auth: 'required', input: CreateOrganizationInput }, async ({ user, input }) =>
  Response.json(await createOrganization(db(), { userId: user.id, ...input }), { status: 201 }),
);
