import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { getDrafts } from '@/lib/server/drafts/get-draft';
import { listProblemAssignments } from '@/lib/server/assignments/list-problem-assignments';
import { LocalTime } from '@/lib/ui/time/local-time';
import { isAppError } from '@/lib/server/errors';
import { getPreferredLanguage } from '@/lib/server/preferences/get-preferred-language';
import { getProblemPage } from '@/lib/server/problems/get-problem-page';
import { pythonAvailability } from '@/lib/server/runtime/python-availability';
import { listProblemSubmissions } from '@/lib/server/submissions/list-problem-submissions';
import { topicLabel } from '@/lib/shared/topic-labels';
import { ProblemWorkspace, type WorkspaceProblem } from './problem-workspace';
import 'katex/dist/katex.min.css';
import './workspace.css';

export default async function ProblemPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requirePageUser(`/problems/${encodeURIComponent(slug)}`);
  const problem = await getProblemPage(db(), { slug }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  });
  const [drafts, history, preferred, assigned] = await Promise.all([
    getDrafts(db(), { userId: user.id, problemSlug: problem.slug }),
    listProblemSubmissions(db(), { userId: user.id, problemSlug: problem.slug }),
    getPreferredLanguage(db(), { userId: user.id }),
    listProblemAssignments(db(), { userId: user.id, problemSlug: problem.slug }),
  ]);
  const describe = (signature: string, statementHtml: string) => (
    <>
      <h1>{problem.title}</h1>
      <p className="problem-meta">
        <span className={`pill pill-${problem.difficulty}`}>{problem.difficulty}</span>
        <span>{topicLabel(problem.topic)}</span>
        <span>time limit {problem.timeLimitMs} ms per test</span>
        <span>memory {problem.memoryLimitMb} MB</span>
      </p>
      {assigned.map((a) => (
        <p key={`${a.organizationName}/${a.setTitle}`} className={`assignment-note${a.pastDue ? ' assignment-note-late' : ''}`} data-testid="assignment-note">
          Assigned in {a.setTitle} ({a.organizationName})
          {a.dueAt && (
            <>
              {a.pastDue ? ', was due ' : ', due '}
              <LocalTime iso={a.dueAt} />
              {a.pastDue && ': your work still counts and is marked late'}
            </>
          )}
          .
        </p>
      ))}
      <pre className="signature">
        <code>{signature}</code>
      </pre>
      <article className="statement" dangerouslySetInnerHTML={{ __html: statementHtml }} />
      <p className="muted sources" data-testid="problem-sources">
        Source:{' '}
        {problem.sources.map((s, i) => (
          <span key={s.sheet}>
            {i > 0 && '; '}
            <em>{s.sheet}</em>, {s.sections.map((section) => `“${section}”`).join(', ')}
          </span>
        ))}
      </p>
    </>
  );
  const versions: WorkspaceProblem['versions'] = {
    typescript: { entry: problem.entry, signature: problem.signature, starterCode: problem.starterCode, paramNames: problem.paramNames, description: describe(problem.signature, problem.statementHtml) },
    python: problem.python && {
      entry: problem.python.entry,
      signature: problem.python.signature,
      starterCode: problem.python.starterCode,
      paramNames: problem.python.paramNames,
      description: describe(problem.python.signature, problem.python.statementHtml),
    },
  };
  return (
    <main className="problem-page">
      <p className="muted crumbs">
        <Link href="/problems">← All problems</Link>
      </p>
      <ProblemWorkspace userId={user.id} problem={{ slug: problem.slug, versions }} drafts={drafts} history={history} preferredLanguage={preferred} python={pythonAvailability()} />
    </main>
  );
}
