import { ANY_MEMBER, MANAGERS } from '@/lib/server/access/roles';
import { deleteAssignment } from '@/lib/server/assignments/delete-assignment';
import { getAssignment } from '@/lib/server/assignments/get-assignment';
import { UpdateAssignmentInput } from '@/lib/server/assignments/schemas';
import { updateAssignment } from '@/lib/server/assignments/update-assignment';
import { db } from '@/lib/server/db/client';
import { AssignmentParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

export const GET = route({ auth: { roles: ANY_MEMBER }, params: AssignmentParams }, async ({ user, params }) => Response.json(await getAssignment(db(), { userId: user.id, ...params })));

/** Move or clear the due date. */
export const PATCH = route({ auth: { roles: MANAGERS }, params: AssignmentParams, input: UpdateAssignmentInput }, async ({ user, params, input }) =>
  Response.json(await updateAssignment(db(), { userId: user.id, ...params, ...input })),
);

/** Withdraw. */
export const DELETE = route({ auth: { roles: MANAGERS }, params: AssignmentParams }, async ({ user, params }) => {
  await deleteAssignment(db(), { userId: user.id, ...params });
  return Response.json({ deleted: true });
});
