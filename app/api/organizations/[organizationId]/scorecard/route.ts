import { OWNERS } from '@/lib/server/access/roles';
import { db } from '@/lib/server/db/client';
import { OrganizationParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';
import { updateScorecardCriteria } from '@/lib/server/organizations/update-scorecard-criteria';
import { ScorecardCriteriaInput } from '@/lib/server/reviews/schemas';

export const dynamic = 'force-dynamic';

/** Owners set the scorecard's criteria (one per line). */
export const PUT = route({ auth: { roles: OWNERS }, params: OrganizationParams, input: ScorecardCriteriaInput }, async ({ user, params, input }) =>
  Response.json(await updateScorecardCriteria(db(), { userId: user.id, ...params, ...input })),
);
