import { MANAGERS, STAFF } from '@/lib/server/access/roles';
import { db } from '@/lib/server/db/client';
import { OrganizationParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { createProblemSet } from '@/lib/server/problem-sets/create-problem-set';
import { listProblemSets } from '@/lib/server/problem-sets/list-problem-sets';
import { SaveProblemSetInput } from '@/lib/server/problem-sets/schemas';

export const dynamic = 'force-dynamic';

export const GET = route({ auth: { roles: STAFF }, params: OrganizationParams }, async ({ user, params }) =>
  Response.json({ problemSets: await listProblemSets(db(), { userId: user.id, organizationId: params.organizationId }) }),
);

export const POST = route({ auth: { roles: MANAGERS }, params: OrganizationParams, input: SaveProblemSetInput }, async ({ user, params, input }) =>
  Response.json(await createProblemSet(db(), { userId: user.id, organizationId: params.organizationId, ...input }), { status: 201 }),
);
