import { getAttemptWorkspace } from '@/lib/server/attempts/get-attempt-workspace';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { renderStatement } from '@/lib/server/problems/render-statement';
import { AttemptWorkspace } from './attempt-workspace';
import 'katex/dist/katex.min.css';
import '../../problems/[slug]/workspace.css';
import './attempt.css';

export const metadata = { title: 'Assessment' };
export const dynamic = 'force-dynamic';

export default async function AttemptPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requirePageUser(`/attempts/${encodeURIComponent(attemptId)}`);
  const workspace = await orNotFound(getAttemptWorkspace(db(), { userId: user.id, attemptId }));
  const statements = Object.fromEntries(await Promise.all(workspace.problems.map(async (p) => [p.slug, await renderStatement(p.version, p.statementMd)] as const)));
  return (
    <main className="problem-page">
      <AttemptWorkspace workspace={workspace} statements={statements} />
    </main>
  );
}
