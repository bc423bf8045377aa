import { db } from '@/lib/server/db/client';
import { checkHealth } from '@/lib/server/health';
import { route } from '@/lib/server/http/route';

export const dynamic = 'force-dynamic';

export const GET = route({ auth: 'public' }, async () => {
  const report = await checkHealth(db());
  return Response.json(report, { status: report.status === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } });
});
