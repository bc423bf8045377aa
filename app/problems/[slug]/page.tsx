import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/server/auth/session';
import { AppError } from '@/lib/server/errors';
import { getProblemPage } from '@/lib/server/problems/get-problem-page';
import { topicLabel } from '@/lib/shared/topic-labels';
import 'katex/dist/katex.min.css';

export default async function ProblemPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageUser(`/problems/${encodeURIComponent(slug)}`);
  const problem = await getProblemPage(slug).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  });
  return (
    <main className="page page-wide">
      <p className="muted">
        <Link href="/problems">← All problems</Link>
      </p>
      <h1>{problem.title}</h1>
      <p className="problem-meta">
        <span className={`pill pill-${problem.difficulty}`}>{problem.difficulty}</span>
        <span>{topicLabel(problem.topic)}</span>
        <span>time limit {problem.timeLimitMs} ms per test</span>
        <span>memory {problem.memoryLimitMb} MB</span>
      </p>
      <pre className="signature">
        <code>{problem.signature}</code>
      </pre>
      <article className="card statement" dangerouslySetInnerHTML={{ __html: problem.statementHtml }} />
      <section className="card">
        <h2>Starter code</h2>
        <pre className="code">
          <code>{problem.starterCode}</code>
        </pre>
      </section>
      <p className="muted sources">
        From the study sheets: {problem.sources.map((s) => `${s.seed} ${s.section}`).join('; ')}
      </p>
    </main>
  );
}
