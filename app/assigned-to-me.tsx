import Link from 'next/link';
import type { MyAssignmentView } from '@/lib/server/assignments/list-my-assignments';
import { LocalTime } from '@/lib/ui/time/local-time';

const STATUS_LABEL = { solved: 'Solved', attempted: 'Attempted', not_started: 'Not started' } as const;

/** A candidate's assignments: set, organization, due date in their time zone, and status per problem. */
export function AssignedToMe({ assignments, descriptions, showOrganization = true }: { assignments: MyAssignmentView[]; descriptions: Map<string, string>; showOrganization?: boolean }) {
  return (
    <div className="stack">
      {assignments.map((a) => {
        const solved = a.problems.filter((p) => p.status === 'solved').length;
        const overdue = a.overdue;
        return (
          <article key={a.id} className="card assignment" data-testid="assignment">
            <div className="assignment-head">
              <h3>{a.setTitle}</h3>
              <span className={`due${overdue ? ' due-past' : ''}`}>
                {a.dueAt ? (
                  <>
                    {overdue ? 'Was due ' : 'Due '}
                    <LocalTime iso={a.dueAt} />
                  </>
                ) : (
                  'No due date'
                )}
              </span>
            </div>
            <p className="muted" style={{ margin: 0 }}>
              {showOrganization && <>From {a.organizationName} · </>}
              {solved} of {a.problems.length} solved{overdue && ' · work handed in now is marked late'}
            </p>
            {descriptions.get(a.id) && <div className="markdown" dangerouslySetInnerHTML={{ __html: descriptions.get(a.id)! }} />}
            <table className="table table-compact table-stack">
              <thead>
                <tr>
                  <th>Problem</th>
                  <th>Difficulty</th>
                  <th>Points</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {a.problems.map((p) => (
                  <tr key={p.slug}>
                    <td>{p.active ? <Link href={`/problems/${p.slug}`}>{p.title}</Link> : <span title="This problem was retired from the catalog.">{p.title} (retired)</span>}</td>
                    <td>
                      <span className={`pill pill-${p.difficulty}`}>{p.difficulty}</span>
                    </td>
                    <td>{p.points}</td>
                    <td>
                      <span className={`tag tag-${p.status}`}>{STATUS_LABEL[p.status]}</span>
                      {p.late && <span className="tag tag-late"> late</span>}
                      {p.bestScore !== null && p.status !== 'solved' && <span className="muted"> · best {Math.round(p.bestScore * 100)}%</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        );
      })}
    </div>
  );
}
