import Link from 'next/link';
import type { MockInterviewSummary } from '@/lib/server/mock-interviews/list-mock-interviews';
import { ATTEMPT_STATUS_LABELS } from '@/lib/shared/attempt-status';
import { LocalTime } from '@/lib/ui/time/local-time';
import { MockScoreChart } from './mock-score-chart';
import '../mock-interviews/mock-interviews.css';

/** The candidate's mock interviews: scores over time, then each one with a link to its report. */
export function MockInterviewHistory({ interviews }: { interviews: MockInterviewSummary[] }) {
  return (
    <section className="card progress-card" aria-labelledby="mock-history">
      <h2 id="mock-history">Mock interviews</h2>
      {interviews.length === 0 ? (
        <p className="muted">
          None yet. A <Link href="/mock-interviews/new">mock interview</Link> draws problems you have not solved and times you like a real one.
        </p>
      ) : (
        <>
          {interviews.some((i) => i.score !== null) && (
            <div className="mock-history-chart">
              <MockScoreChart interviews={interviews} />
            </div>
          )}
          <div className="table-scroll">
            <table className="table table-compact" data-testid="mock-history">
              <thead>
                <tr>
                  <th>When</th>
                  <th>Interview</th>
                  <th>Score</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {interviews.map((i) => (
                  <tr key={i.attemptId}>
                    <td>
                      <Link href={i.status === 'in_progress' ? `/attempts/${i.attemptId}` : `/mock-interviews/${i.attemptId}`}>
                        <LocalTime iso={i.startedAt} />
                      </Link>
                    </td>
                    <td>
                      {i.label}
                      <span className="muted mock-history-problems">{i.problems.join(', ')}</span>
                    </td>
                    <td className="score">{i.score === null ? '—' : `${Math.round(i.score * 100)}%`}</td>
                    <td>
                      <span className={`tag tag-${i.status}`}>{ATTEMPT_STATUS_LABELS[i.status]}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
