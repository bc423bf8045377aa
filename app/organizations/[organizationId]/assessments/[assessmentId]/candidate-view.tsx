import Link from 'next/link';
import type { MyAssessmentPage } from '@/lib/server/assessments/get-my-assessment';
import { minutesText } from '@/lib/shared/attempt-status';
import { LocalTime } from '@/lib/ui/time/local-time';
import { StartButton } from './start-button';

/** The candidate's page: instructions and time before the start; where they stand, and their result if the assessment shows it, after. */
export function CandidateView({ organizationId, view, instructionsHtml }: { organizationId: string; view: MyAssessmentPage; instructionsHtml: string }) {
  const now = Date.parse(view.serverNow);
  const open = now >= Date.parse(view.opensAt) && now < Date.parse(view.closesAt);
  return (
    <section className="card form-grid" aria-labelledby="assessment-title">
      <h2 id="assessment-title">{view.title}</h2>
      <ul className="facts">
        <li>
          <strong>{minutesText(view.minutes)}</strong>
          {view.minutes !== view.timeLimitMinutes && ` (${view.timeLimitMinutes} + your extra time)`}
        </li>
        <li>
          {view.problems} {view.problems === 1 ? 'problem' : 'problems'}
        </li>
        <li>
          Can be started until <LocalTime iso={view.closesAt} />
        </li>
      </ul>
      {instructionsHtml && <div className="markdown" dangerouslySetInnerHTML={{ __html: instructionsHtml }} />}
      {view.status === 'not_started' &&
        (open ? (
          <>
            <p className="muted" style={{ margin: 0 }}>
              The clock starts when you press Start assessment and cannot be paused; the server keeps the time. Your code is saved as you type, and whatever is saved
              when the time is up is graded, even if you close the browser.
            </p>
            <StartButton organizationId={organizationId} assessmentId={view.id} />
          </>
        ) : now < Date.parse(view.opensAt) ? (
          <p className="alert alert-warning">
            This assessment opens <LocalTime iso={view.opensAt} />.
          </p>
        ) : (
          <p className="alert alert-warning">This assessment has closed.</p>
        ))}
      {(view.status === 'in_progress' || view.status === 'time_up') && view.attempt && (
        <p>
          <Link className="button button-primary" href={`/attempts/${view.attempt.id}`}>
            Continue
          </Link>{' '}
          <span className="muted">
            Deadline <LocalTime iso={view.attempt.deadlineAt} />
          </span>
        </p>
      )}
      {(view.status === 'finished' || view.status === 'auto_submitted') && (
        <div className="alert alert-success" role="status">
          {view.status === 'auto_submitted' ? 'Your work was handed in automatically at the deadline.' : 'You finished this assessment.'} The hiring team has your work.
          {view.result && (
            <p style={{ margin: '0.5rem 0 0' }}>
              Your score: <strong>{view.result.score === null ? 'being graded…' : `${Math.round(view.result.score * 100)}%`}</strong>
              {view.result.problems.map((p) => (
                <span key={p.title}>
                  {' · '}
                  {p.title}: {p.score === null ? '—' : `${Math.round(p.score * 100)}%`}
                </span>
              ))}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
