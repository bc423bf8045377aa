import { MANAGERS, STAFF } from '@/lib/server/access/roles';
import { createAssessment } from '@/lib/server/assessments/create-assessment';
import { listAssessments } from '@/lib/server/assessments/list-assessments';
import { SaveAssessmentInput } from '@/lib/server/assessments/schemas';
import { db } from '@/lib/server/db/client';
import { OrganizationParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** Staff: the organization's assessments. */
export const GET = route({ auth: { roles: STAFF }, params: OrganizationParams }, async ({ user, params }) =>
  Response.json({ assessments: await listAssessments(db(), { userId: user.id, organizationId: params.organizationId }) }),
);

/** **New assessment**: a set, a time limit, a window, instructions; it comes with its invitation link. */
export const POST = route({ auth: { roles: MANAGERS }, params: OrganizationParams, input: SaveAssessmentInput }, async ({ user, params, input }) =>
  Response.json(await createAssessment(db(), { userId: user.id, organizationId: params.organizationId, ...input }), { status: 201 }),
);
