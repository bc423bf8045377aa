import Link from 'next/link';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { CatalogFilter, listCatalog } from '@/lib/server/problems/list-catalog';
import { topicLabel } from '@/lib/shared/topic-labels';

export const metadata = { title: 'Problems' };

const STATUS_LABEL = { solved: 'Solved', attempted: 'Attempted', new: 'New' } as const;

export default async function ProblemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/problems');
  const filter = CatalogFilter.parse(await searchParams);
  const { entries, topics } = await listCatalog(db(), { userId: user.id, filter });
  return (
    <main className="page page-wide">
      <div className="catalog-head">
        <h1>Problems</h1>
        <Link className="button button-primary" href="/mock-interviews/new">
          Mock interview
        </Link>
      </div>
      <form className="filters" method="get" role="search">
        <input name="q" type="search" placeholder="Search by title" defaultValue={filter.q} aria-label="Search by title" />
        <select name="topic" defaultValue={filter.topic ?? ''} aria-label="Topic">
          <option value="">All topics</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {topicLabel(t)}
            </option>
          ))}
        </select>
        <select name="difficulty" defaultValue={filter.difficulty ?? ''} aria-label="Difficulty">
          <option value="">Any difficulty</option>
          <option value="easy">Easy</option>
          <option value="medium">Medium</option>
          <option value="hard">Hard</option>
        </select>
        <select name="status" defaultValue={filter.status ?? ''} aria-label="Status">
          <option value="">Any status</option>
          <option value="new">New</option>
          <option value="attempted">Attempted</option>
          <option value="solved">Solved</option>
        </select>
        <button className="button" type="submit">
          Filter
        </button>
      </form>
      <p className="muted" data-testid="catalog-count">
        {entries.length} {entries.length === 1 ? 'problem' : 'problems'}
      </p>
      <table className="table">
        <thead>
          <tr>
            <th>Title</th>
            <th>Topic</th>
            <th>Difficulty</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((p) => (
            <tr key={p.slug}>
              <td>
                <Link href={`/problems/${p.slug}`}>{p.title}</Link>
              </td>
              <td>{topicLabel(p.topic)}</td>
              <td>
                <span className={`pill pill-${p.difficulty}`}>{p.difficulty}</span>
              </td>
              <td>
                <span className={`status status-${p.status}`}>{STATUS_LABEL[p.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 && <p className="muted">No problem matches these filters.</p>}
    </main>
  );
}
