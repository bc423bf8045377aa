import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { getProgress } from '@/lib/server/progress/get-progress';
import { RecentSubmissions } from './recent-submissions';
import { TopicChart } from './topic-chart';

export const metadata = { title: 'Progress' };

export default async function ProgressPage() {
  const user = await requirePageUser('/progress');
  const { totals, byTopic, recent, timeSpentMinutes } = await getProgress(db(), { userId: user.id });
  return (
    <main className="page page-wide">
      <h1>Your progress</h1>
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
        {byTopic.length > 0 ? <TopicChart byTopic={byTopic} /> : <p className="muted">The catalog has no problems yet.</p>}
      </section>
      <section className="card progress-card">
        <h2>Recent submissions</h2>
        <RecentSubmissions recent={recent} />
      </section>
    </main>
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

function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
