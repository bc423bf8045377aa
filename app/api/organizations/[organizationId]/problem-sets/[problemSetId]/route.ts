import { MANAGERS, STAFF } from '@/lib/server/access/roles';
import { db } from '@/lib/server/db/client';
import { ProblemSetParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { archiveProblemSet } from '@/lib/server/problem-sets/archive-problem-set';
import { deleteProblemSet } from '@/lib/server/problem-sets/delete-problem-set';
import { getProblemSet } from '@/lib/server/problem-sets/get-problem-set';
import { ArchiveProblemSetInput, SaveProblemSetInput } from '@/lib/server/problem-sets/schemas';
import { updateProblemSet } from '@/lib/server/problem-sets/update-problem-set';

export const dynamic = 'force-dynamic';

export const GET = route({ auth: { roles: STAFF }, params: ProblemSetParams }, async ({ user, params }) => Response.json(await getProblemSet(db(), { userId: user.id, ...params })));

/** Save the builder's state: title, description, problems in order with their points. */
export const PUT = route({ auth: { roles: MANAGERS }, params: ProblemSetParams, input: SaveProblemSetInput }, async ({ user, params, input }) =>
  Response.json(await updateProblemSet(db(), { userId: user.id, ...params, ...input })),
);

/** Archive or restore. */
export const PATCH = route({ auth: { roles: MANAGERS }, params: ProblemSetParams, input: ArchiveProblemSetInput }, async ({ user, params, input }) =>
  Response.json(await archiveProblemSet(db(), { userId: user.id, ...params, ...input })),
);

/** Delete a set nobody was assigned (an assigned one is archived instead). */
export const DELETE = route({ auth: { roles: MANAGERS }, params: ProblemSetParams }, async ({ user, params }) => {
  await deleteProblemSet(db(), { userId: user.id, ...params });
  return Response.json({ deleted: true });
});
