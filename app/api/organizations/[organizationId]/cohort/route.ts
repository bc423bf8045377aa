import { STAFF } from '@/lib/server/access/roles';
import { getCohort } from '@/lib/server/cohort/get-cohort';
import { CohortQuery } from '@/lib/server/cohort/schemas';
import { db } from '@/lib/server/db/client';
import { OrganizationParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** The cohort matrix of one set (?set=, &sort=, &filter=, &q=). */
export const GET = route({ auth: { roles: STAFF }, params: OrganizationParams }, async ({ request, user, params }) => {
  const query = CohortQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await getCohort(db(), { userId: user.id, organizationId: params.organizationId, ...query }));
});
