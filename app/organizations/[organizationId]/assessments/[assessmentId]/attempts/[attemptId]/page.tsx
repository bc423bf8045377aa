import Link from 'next/link';
import { getAttemptReport, type ReportProblem } from '@/lib/server/attempts/get-attempt-report';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { ATTEMPT_STATUS_LABELS } from '@/lib/shared/attempt-status';
import { DECISION_LABELS } from '@/lib/shared/decisions';
import { verdictLabel } from '@/lib/shared/submission-view';
import { LocalTime } from '@/lib/ui/time/local-time';
import { Playback } from './playback';
import { Scorecard } from './scorecard';
import '../../../assessments.css';

export const metadata = { title: 'Candidate report' };
export const dynamic = 'force-dynamic';

type Params = { organizationId: string; assessmentId: string; attemptId: string };

/** A candidate's report for reviewers: scores, tests by name and verdict, final code, playback, signals, similarity, scorecards. */
export default async function AttemptReportPage({ params }: { params: Promise<Params> }) {
  const { organizationId, assessmentId, attemptId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/assessments/${encodeURIComponent(assessmentId)}/attempts/${encodeURIComponent(attemptId)}`);
  const report = await orNotFound(getAttemptReport(db(), { userId: user.id, attemptId }));
  // the attempt must belong to the assessment and organization in the address
  if (report.assessment.id !== assessmentId || report.assessment.organizationId !== organizationId) return <p className="muted card">There is nothing here, or you may not see it.</p>;
  const ended = report.status === 'finished' || report.status === 'auto_submitted';
  const mine = report.reviews.find((r) => r.mine) ?? null;
  const others = report.reviews.filter((r) => !r.mine);
  return (
    <>
      <p className="muted">
        <Link href={`/organizations/${organizationId}/assessments/${assessmentId}`}>← {report.assessment.title}</Link>
      </p>
      <div className="section-head">
        <h2 data-testid="candidate-name">{report.candidate.label}</h2>
        <span className={`tag tag-${report.status}`}>{ATTEMPT_STATUS_LABELS[report.status]}</span>
      </div>
      <ul className="facts">
        {report.candidate.email && <li>{report.candidate.email}</li>}
        <li>
          Score <strong className="score">{report.score === null ? (ended ? 'grading…' : '—') : `${Math.round(report.score * 100)}%`}</strong>
        </li>
        <li>
          Used {Math.floor(report.secondsUsed / 60)} min {report.secondsUsed % 60} s of {report.grantedMinutes} min
        </li>
        <li>
          Started <LocalTime iso={report.startedAt} />
        </li>
      </ul>
      {report.candidate.hidden && <p className="muted">Anonymous review: the name shows once you have recorded your decision.</p>}
      <div className="report-grid">
        <div className="stack">
          {report.problems.map((p) => (
            <ProblemCard key={p.slug} problem={p} attemptId={attemptId} />
          ))}
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="signals">
            <h3 id="signals">Signals</h3>
            <p className="muted" style={{ marginTop: 0 }}>
              For context, never a verdict: people paste their own notes and switch windows for many reasons.
            </p>
            {report.pastes.length + report.focusLosses.length === 0 ? (
              <p className="muted">No large pastes, no focus losses.</p>
            ) : (
              <ul className="signals">
                {report.pastes.map((s) => (
                  <li key={`p${s.at}`}>
                    Pasted {s.chars} characters ({s.lines} {s.lines === 1 ? 'line' : 'lines'}){s.problem && ` into ${s.problem}`} at <LocalTime iso={s.at} />
                  </li>
                ))}
                {report.focusLosses.map((s) => (
                  <li key={`f${s.at}`}>
                    Left the page for {s.seconds} s{s.returned ? '' : ' (did not come back before the end)'} at <LocalTime iso={s.at} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="similar">
            <h3 id="similar">Similarity</h3>
            {report.flags.length === 0 ? (
              <p className="muted">No flags: this candidate’s final code is not unusually like anyone else’s in this assessment.</p>
            ) : (
              <ul className="signals">
                {report.flags.map((f) => (
                  <li key={f.id}>
                    {f.problem}: {Math.round(f.similarity * 100)}% like {f.other} · <Link href={`/organizations/${organizationId}/similarity/${f.id}`}>compare</Link>{' '}
                    {f.reviewed ? <span className="tag tag-active">reviewed</span> : <span className="tag tag-flag">to review</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="review">
            <h3 id="review">Your review</h3>
            {ended ? <Scorecard attemptId={attemptId} criteria={report.criteria} mine={mine} /> : <p className="muted">You can review once the attempt has ended.</p>}
            {others.map((r) => (
              <div key={r.reviewer} className="review-summary">
                <strong>
                  {r.reviewer}: {r.decision ? <span className={`decision-${r.decision}`}>{DECISION_LABELS[r.decision]}</span> : 'no decision yet'}
                </strong>
                <span className="muted">{r.scorecard.map((e) => `${e.criterion} ${e.rating ?? '–'}`).join(' · ')}</span>
                {r.notes && <span>{r.notes}</span>}
              </div>
            ))}
          </section>
        </div>
      </div>
    </>
  );
}

function ProblemCard({ problem, attemptId }: { problem: ReportProblem; attemptId: string }) {
  const { final } = problem;
  return (
    <section className="card report-problem" aria-label={problem.title} data-testid={`report-${problem.slug}`}>
      <div className="section-head">
        <h3>{problem.title}</h3>
        <span className="score">{problem.score === null ? '—' : `${Math.round(problem.score * 100)}%`} of {problem.points} points</span>
      </div>
      {!final ? (
        <p className="muted">Not attempted: nothing was saved for this problem.</p>
      ) : (
        <>
          <p style={{ margin: 0 }}>
            Final code: {final.verdict ? <strong className={`verdict-${final.verdict}`}>{verdictLabel(final.verdict)}</strong> : <span className="muted">grading…</span>}
            {final.score !== null && ` (${Math.round(final.score * 100)}%)`}
            {final.auto && (
              <>
                {' '}
                <span className="tag tag-auto_submitted">Auto-submitted at the deadline</span>
              </>
            )}
            <span className="muted">
              {' '}
              · {problem.runs} {problem.runs === 1 ? 'Run' : 'Runs'}, {problem.submits} {problem.submits === 1 ? 'Submit' : 'Submits'}
            </span>
          </p>
          {final.tests.length > 0 && (
            <ul className="tests-brief" aria-label={`Tests of ${problem.title}`}>
              {final.tests.map((t) => (
                <li key={t.name}>
                  <span className="test-name">
                    {t.hidden ? '' : 'sample: '}
                    {t.name}
                  </span>
                  <span className={`verdict-${t.verdict}`}>{verdictLabel(t.verdict)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {problem.finalCode !== null && (
        <details>
          <summary>Final code</summary>
          <pre className="code">
            <code>{problem.finalCode}</code>
          </pre>
        </details>
      )}
      {problem.snapshots > 0 && <Playback attemptId={attemptId} problemSlug={problem.slug} problemTitle={problem.title} />}
    </section>
  );
}
