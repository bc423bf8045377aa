import { MANAGERS, STAFF } from '@/lib/server/access/roles';
import { getAssessment } from '@/lib/server/assessments/get-assessment';
import { SaveAssessmentInput } from '@/lib/server/assessments/schemas';
import { updateAssessment } from '@/lib/server/assessments/update-assessment';
import { db } from '@/lib/server/db/client';
import { serverEnv } from '@/lib/server/env';
import { AssessmentParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** Staff: settings, links, candidates and their results. */
export const GET = route({ auth: { roles: STAFF }, params: AssessmentParams }, async ({ user, params }) =>
  Response.json(await getAssessment(db(), { userId: user.id, ...params, appUrl: serverEnv().APP_URL })),
);

/** Owners and coaches change it; attempts already started keep what they started with. */
export const PUT = route({ auth: { roles: MANAGERS }, params: AssessmentParams, input: SaveAssessmentInput }, async ({ user, params, input }) =>
  Response.json(await updateAssessment(db(), { userId: user.id, ...params, ...input })),
);
