import { STAFF } from '@/lib/server/access/roles';
import { assessmentCsv } from '@/lib/server/assessments/assessment-csv';
import { getAssessment } from '@/lib/server/assessments/get-assessment';
import { db } from '@/lib/server/db/client';
import { serverEnv } from '@/lib/server/env';
import { AssessmentParams } from '@/lib/server/http/params';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

/** **Download CSV** of all candidates' results. */
export const GET = route({ auth: { roles: STAFF }, params: AssessmentParams }, async ({ user, params }) => {
  const view = await getAssessment(db(), { userId: user.id, ...params, appUrl: serverEnv().APP_URL });
  const name = view.title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'assessment';
  return new Response(assessmentCsv(view), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}-results.csv"`, 'Cache-Control': 'no-store' },
  });
});
