import Link from 'next/link';
import { getCohort } from '@/lib/server/cohort/get-cohort';
import { CohortQuery } from '@/lib/server/cohort/schemas';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { LiveFilterForm } from '@/lib/ui/forms/live-filter-form';
import { LocalTime } from '@/lib/ui/time/local-time';

export const metadata = { title: 'Cohort' };

const STATUS_LABEL = { solved: 'Solved', attempted: 'Attempted', not_started: 'Not started' } as const;
const SORT_LABEL = { name: 'Name', solved: 'Most solved', score: 'Most points', activity: 'Least recently active' } as const;
const FILTER_LABEL = { all: 'Everyone', behind: 'Not finished', done: 'Finished', not_started: 'Not started at all', late: 'Late or overdue' } as const;

export default async function CohortPage({ params, searchParams }: { params: Promise<{ organizationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organizationId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/cohort`);
  const query = CohortQuery.parse(await searchParams);
  const cohort = await orNotFound(getCohort(db(), { userId: user.id, organizationId, ...query }));
  const base = `/organizations/${organizationId}`;
  if (!cohort.set) {
    return <p className="muted card">No problem set is assigned yet. Assign one from its page, then follow everyone’s progress here.</p>;
  }
  const csvQuery = { set: cohort.set.id, sort: query.sort, filter: query.filter, ...(query.q ? { q: query.q } : {}) };
  return (
    <section aria-labelledby="cohort-title" className="stack">
      <div className="section-head">
        <h2 id="cohort-title">Cohort: {cohort.set.title}</h2>
        {/* the answer is an attachment, so the browser downloads it and stays on this page */}
        <form action={`/api/organizations/${organizationId}/cohort/csv`} method="get">
          {Object.entries(csvQuery).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className="button">
            Download CSV
          </button>
        </form>
      </div>
      <LiveFilterForm className="filters" label="Filter the cohort">
        <select name="set" defaultValue={cohort.set.id} aria-label="Problem set">
          {cohort.sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
              {s.archived ? ' (archived)' : ''}
            </option>
          ))}
        </select>
        <input name="q" type="search" defaultValue={query.q} placeholder="Find a candidate" aria-label="Find a candidate" />
        <select name="filter" defaultValue={query.filter} aria-label="Show">
          {Object.entries(FILTER_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <select name="sort" defaultValue={query.sort} aria-label="Sort by">
          {Object.entries(SORT_LABEL).map(([value, label]) => (
            <option key={value} value={value}>
              Sort: {label}
            </option>
          ))}
        </select>
      </LiveFilterForm>
      <p className="muted" style={{ margin: 0 }}>
        {cohort.rows.length} of {cohort.assignedCount} assigned {cohort.assignedCount === 1 ? 'candidate' : 'candidates'} shown. Open a cell for that candidate’s submissions, a name for their progress.
      </p>
      {cohort.rows.length > 0 && (
        <div className="table-scroll">
          <table className="table table-compact cohort" data-testid="cohort">
            <thead>
              <tr>
                <th>Candidate</th>
                <th>Solved</th>
                {cohort.set.problems.map((p) => (
                  <th key={p.slug} className="problem-head" title={`${p.points} points`}>
                    {p.title}
                  </th>
                ))}
                <th>Last activity</th>
              </tr>
            </thead>
            <tbody>
              {cohort.rows.map((row) => (
                <tr key={row.candidate.id} data-testid="cohort-row">
                  <td className="candidate-cell">
                    <Link href={`${base}/candidates/${row.candidate.id}`}>{row.candidate.name}</Link>
                    <small>{row.candidate.email}</small>
                    {row.dueAt && (
                      <small>
                        due <LocalTime iso={row.dueAt} />
                      </small>
                    )}
                  </td>
                  <td>
                    {row.solved}/{cohort.set!.problems.length}
                    <br />
                    <small className="muted">
                      {row.points}/{cohort.set!.totalPoints} pts
                    </small>
                  </td>
                  {row.cells.map((cell, i) => (
                    <td key={cell.slug} className="cell">
                      <Link href={`${base}/candidates/${row.candidate.id}/problems/${cell.slug}`} aria-label={`${row.candidate.name}, ${cohort.set!.problems[i]!.title}: ${STATUS_LABEL[cell.status]}${cell.late ? ', late' : ''}`}>
                        <span>
                          <span className={`tag tag-${cell.status}`}>{STATUS_LABEL[cell.status]}</span>
                          {cell.late && <span className="tag tag-late"> late</span>}
                        </span>
                        {cell.status !== 'not_started' && (
                          <span className="cell-figures">
                            best {cell.bestScore === null ? '—' : `${Math.round(cell.bestScore * 100)}%`} · {cell.attempts} {cell.attempts === 1 ? 'submit' : 'submits'} · {Math.round(cell.timeSpentSeconds / 60)} min
                          </span>
                        )}
                      </Link>
                    </td>
                  ))}
                  <td className="muted">{row.lastActivityAt ? <LocalTime iso={row.lastActivityAt} /> : 'never'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
