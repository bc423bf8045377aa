import Link from 'next/link';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { getMockInterviewReport, type MockReportProblem } from '@/lib/server/mock-interviews/get-mock-interview-report';
import { ATTEMPT_STATUS_LABELS } from '@/lib/shared/attempt-status';
import { describeMix } from '@/lib/shared/mock-interviews';
import { verdictLabel } from '@/lib/shared/submission-view';
import { topicLabel } from '@/lib/shared/topic-labels';
import { RefreshWhile } from '@/lib/ui/refresh-while';
import { TestVerdicts } from '@/lib/ui/attempts/test-verdicts';
import { LocalTime } from '@/lib/ui/time/local-time';
import { Playback } from '../../organizations/[organizationId]/assessments/[assessmentId]/attempts/[attemptId]/playback';
import '../../organizations/organizations.css';
import '../../organizations/[organizationId]/assessments/assessments.css';
import '../mock-interviews.css';

export const metadata = { title: 'Mock interview report' };
export const dynamic = 'force-dynamic';

/** The candidate's report on their own mock interview: scores, time per problem, tests by name and verdict, final code beside the common mistakes, playback. */
export default async function MockInterviewReportPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const user = await requirePageUser(`/mock-interviews/${encodeURIComponent(attemptId)}`);
  const report = await orNotFound(getMockInterviewReport(db(), { userId: user.id, attemptId }));
  const ended = report.status === 'finished' || report.status === 'auto_submitted';
  const grading = report.status === 'time_up' || (ended && report.problems.some((p) => p.final && p.final.status !== 'done'));
  return (
    <main className="page page-wide mock-report">
      <RefreshWhile active={grading} />
      <p className="muted">
        <Link href="/progress">← Progress</Link> · <Link href="/mock-interviews/new">New mock interview</Link>
      </p>
      <div className="section-head">
        <h1 style={{ margin: 0 }}>Mock interview</h1>
        <span className={`tag tag-${report.status}`} data-testid="mock-status">
          {ATTEMPT_STATUS_LABELS[report.status]}
        </span>
      </div>
      <ul className="facts">
        <li>{report.preset ? report.preset.label : `${report.durationMinutes} min: ${describeMix(report.problemCount, report.mix)}`}</li>
        <li>{report.topics.length === 0 ? 'All topics' : report.topics.map(topicLabel).join(', ')}</li>
        <li>
          Score{' '}
          <strong className="score" data-testid="mock-score">
            {report.score === null ? (ended ? 'grading…' : '—') : `${Math.round(report.score * 100)}%`}
          </strong>
        </li>
        <li>
          Used {formatSeconds(report.secondsUsed)} of {report.durationMinutes} min
        </li>
        <li>
          Started <LocalTime iso={report.startedAt} />
        </li>
      </ul>
      {report.status === 'in_progress' && (
        <p className="alert alert-warning" role="status">
          This mock interview is still running. <Link href={`/attempts/${attemptId}`}>Back to it</Link>; the report fills in once it has ended.
        </p>
      )}
      <div className="stack">
        {report.problems.map((p) => (
          <ProblemReport key={p.slug} problem={p} attemptId={attemptId} ended={ended} />
        ))}
        {report.unattributedSeconds > 0 && ended && <p className="muted">{formatSeconds(report.unattributedSeconds)} after your last save are not counted toward any problem.</p>}
      </div>
    </main>
  );
}

function ProblemReport({ problem, attemptId, ended }: { problem: MockReportProblem; attemptId: string; ended: boolean }) {
  const { final, draw } = problem;
  return (
    <section className="card report-problem" aria-label={problem.title} data-testid={`report-${problem.slug}`}>
      <div className="section-head" style={{ marginBottom: 0 }}>
        <h3>
          <Link href={`/problems/${problem.slug}`}>{problem.title}</Link> <span className={`pill pill-${problem.difficulty}`}>{problem.difficulty}</span>
        </h3>
        <span className="score">{problem.score === null ? '—' : `${Math.round(problem.score * 100)}%`}</span>
      </div>
      <p className="muted mock-draw">
        {topicLabel(problem.topic)} · time spent {formatSeconds(problem.secondsSpent)} · {problem.runs} {problem.runs === 1 ? 'Run' : 'Runs'}, {problem.submits}{' '}
        {problem.submits === 1 ? 'Submit' : 'Submits'}
        {draw && (
          <>
            {' '}
            · drawn {draw.slot === 'any' ? 'for any difficulty' : `as ${draw.slot}`}{' '}
            {draw.solvedBefore ? `(solved before: all ${draw.pool.solved} that fitted were)` : `from ${draw.pool.unsolved} you had not solved`}
          </>
        )}
      </p>
      {!final ? (
        <p className="muted">{ended ? 'Not attempted: nothing was saved for this problem.' : 'Verdicts show once the interview has ended.'}</p>
      ) : (
        <>
          <p style={{ margin: 0 }} data-testid={`final-${problem.slug}`}>
            Final code: {final.verdict ? <strong className={`verdict-${final.verdict}`}>{verdictLabel(final.verdict)}</strong> : <span className="muted">grading…</span>}
            {final.score !== null && ` (${Math.round(final.score * 100)}%)`}
            {final.auto && (
              <>
                {' '}
                <span className="tag tag-auto_submitted">Auto-submitted at the deadline</span>
              </>
            )}
          </p>
          <TestVerdicts problemTitle={problem.title} tests={final.tests} />
        </>
      )}
      {ended && (
        <div className="mock-final">
          <div>
            <h4>Your final code</h4>
            {problem.finalCode === null ? (
              <p className="muted">Nothing saved.</p>
            ) : (
              <pre className="code">
                <code>{problem.finalCode}</code>
              </pre>
            )}
          </div>
          <div>
            <h4>Common mistakes</h4>
            {problem.commonMistakes.length === 0 ? (
              <p className="muted">This problem lists no common mistakes.</p>
            ) : (
              <ul className="mock-mistakes" aria-label={`Common mistakes in ${problem.title}`}>
                {problem.commonMistakes.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      {ended && problem.snapshots > 0 && <Playback attemptId={attemptId} problemSlug={problem.slug} problemTitle={problem.title} />}
    </section>
  );
}

function formatSeconds(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m === 0 ? `${s} s` : `${m} min ${String(s).padStart(2, '0')} s`;
}
