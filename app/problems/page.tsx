import Link from 'next/link';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { listCatalog } from '@/lib/server/problems/list-catalog';
import { CatalogFilter } from '@/lib/shared/catalog-view';
import { ProblemCatalog } from './problem-catalog';

export const metadata = { title: 'Problems' };

export default async function ProblemsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageUser('/problems');
  const filter = CatalogFilter.parse(await searchParams);
  const entries = await listCatalog(db(), { userId: user.id });
  return (
    <main className="page page-wide catalog-page">
      <div className="catalog-head">
        <h1>Problems</h1>
        <Link className="button button-primary" href="/mock-interviews/new">
          Mock interview
        </Link>
      </div>
      <ProblemCatalog entries={entries} initialFilter={filter} />
    </main>
  );
}
