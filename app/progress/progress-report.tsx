import type { ProgressView } from '@/lib/shared/progress-view';
import { RecentSubmissions } from './recent-submissions';
import { TopicChart } from './topic-chart';

/** The progress page's body: a candidate's own view, and a coach's view of a candidate. */
export function ProgressReport({ progress, emptyNote = 'The catalog has no problems yet.', problemHref }: { progress: ProgressView; emptyNote?: string; problemHref?: (slug: string) => string }) {
  const { totals, byTopic, recent, timeSpentMinutes } = progress;
  return (
    <>
      <section className="progress-stats" aria-label="Summary">
        <Stat id="solved" label="Solved" value={`${totals.solved} of ${totals.activeProblems}`} note={`${totals.attempted} more attempted`} />
        <Stat
          id="acceptance"
          label="Acceptance rate"
          value={totals.acceptanceRate === null ? '—' : `${Math.round(totals.acceptanceRate * 100)}%`}
          note={totals.submitsGraded === 0 ? 'no graded submits yet' : `${totals.submitsAccepted} of ${totals.submitsGraded} graded submits accepted`}
        />
        <Stat id="time" label="Time spent" value={formatMinutes(timeSpentMinutes)} note="active time while coding" />
        <Stat id="submissions" label="Submissions" value={String(totals.submitsGraded)} note={`graded submits, plus ${totals.runs} ${totals.runs === 1 ? 'run' : 'runs'}`} />
      </section>
      <section className="card progress-card">
        <h2>Solved per topic</h2>
        {byTopic.length > 0 ? <TopicChart byTopic={byTopic} /> : <p className="muted">{emptyNote}</p>}
      </section>
      <section className="card progress-card">
        <h2>Recent submissions</h2>
        <RecentSubmissions recent={recent} problemHref={problemHref} />
      </section>
    </>
  );
}

function Stat({ id, label, value, note }: { id: string; label: string; value: string; note: string }) {
  return (
    <div className="card progress-stat">
      <span className="progress-stat-label">{label}</span>
      <strong className="progress-stat-value" data-testid={`stat-${id}`}>
        {value}
      </strong>
      <span className="muted progress-stat-note">{note}</span>
    </div>
  );
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
