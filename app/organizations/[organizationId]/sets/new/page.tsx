import Link from 'next/link';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { listSetCatalog } from '@/lib/server/problem-sets/list-set-catalog';
import { SetBuilder } from '../set-builder';

export const metadata = { title: 'New problem set' };

export default async function NewProblemSetPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}/sets/new`);
  const catalog = await orNotFound(listSetCatalog(db(), { userId: user.id, organizationId }));
  return (
    <>
      <p className="muted">
        <Link href={`/organizations/${organizationId}`}>← Problem sets</Link>
      </p>
      <h2>New problem set</h2>
      <SetBuilder organizationId={organizationId} set={null} catalog={catalog} />
    </>
  );
}
