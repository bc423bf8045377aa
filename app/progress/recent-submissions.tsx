import Link from 'next/link';
import type { RecentSubmission } from '@/lib/shared/progress-view';
import { KIND_LABELS, submitScore, verdictLabel } from '@/lib/shared/submission-view';
import { LocalTime } from '@/lib/ui/time/local-time';

// shown until a verdict is recorded
const STATUS_LABEL = { queued: 'Queued', running: 'Grading…', done: '—' } as const;

/** The user's latest Runs and Submits. */
export function RecentSubmissions({ recent, problemHref = (slug) => `/problems/${slug}` }: { recent: RecentSubmission[]; problemHref?: (slug: string) => string }) {
  if (recent.length === 0) {
    return (
      <p className="muted" data-testid="progress-empty">
        Nothing run or submitted yet. Pick a problem from the <Link href="/problems">catalog</Link> to get started.
      </p>
    );
  }
  return (
    <table className="table progress-recent" data-testid="recent-submissions">
      <thead>
        <tr>
          <th>Problem</th>
          <th>Kind</th>
          <th>Verdict</th>
          <th>Score</th>
          <th>When</th>
        </tr>
      </thead>
      <tbody>
        {recent.map((s) => (
          <tr key={s.id}>
            <td>
              <Link href={problemHref(s.problemSlug)}>{s.problemTitle}</Link>
            </td>
            <td>{KIND_LABELS[s.kind]}</td>
            <td className={s.verdict ? `verdict-${s.verdict}` : 'muted'}>
              {s.verdict ? verdictLabel(s.verdict) : STATUS_LABEL[s.status]}
            </td>
            <td>{submitScore(s) ?? '—'}</td>
            <td className="muted">
              <LocalTime iso={s.createdAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
