import { z } from 'zod';
import { ANY_MEMBER, MANAGERS } from '@/lib/server/access/roles';
import { assignProblemSet } from '@/lib/server/assignments/assign-problem-set';
import { listAssignments } from '@/lib/server/assignments/list-assignments';
import { AssignProblemSetInput } from '@/lib/server/assignments/schemas';
import { db } from '@/lib/server/db/client';
import { OrganizationParams, RecordId } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

const ListQuery = z.object({ set: RecordId.optional().catch(undefined) });

/** Staff: every assignment (of one set with ?set=); a candidate: their own. */
export const GET = route({ auth: { roles: ANY_MEMBER }, params: OrganizationParams }, async ({ request, user, params }) => {
  const query = ListQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json({ assignments: await listAssignments(db(), { userId: user.id, organizationId: params.organizationId, problemSetId: query.set }) });
});

/** Assign a set to one or many candidates, with an optional due date. */
export const POST = route({ auth: { roles: MANAGERS }, params: OrganizationParams, input: AssignProblemSetInput }, async ({ user, params, input }) =>
  Response.json(await assignProblemSet(db(), { userId: user.id, organizationId: params.organizationId, ...input }), { status: 201 }),
);
