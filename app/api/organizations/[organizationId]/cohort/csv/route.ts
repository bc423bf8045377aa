import { STAFF } from '@/lib/server/access/roles';
import { cohortCsv } from '@/lib/server/cohort/cohort-csv';
import { getCohort } from '@/lib/server/cohort/get-cohort';
import { CohortQuery } from '@/lib/server/cohort/schemas';
import { db } from '@/lib/server/db/client';
import { OrganizationParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** The cohort matrix as a CSV download, with the same set, sort and filter as the page. */
export const GET = route({ auth: { roles: STAFF }, params: OrganizationParams }, async ({ request, user, params }) => {
  const query = CohortQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const cohort = await getCohort(db(), { userId: user.id, organizationId: params.organizationId, ...query });
  const name = (cohort.set?.title ?? 'cohort').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'cohort';
  return new Response(cohortCsv(cohort), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"`, 'Cache-Control': 'no-store' },
  });
});
