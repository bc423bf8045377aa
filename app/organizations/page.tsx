import Link from 'next/link';
import { ROLE_LABELS } from '@/lib/server/access/roles';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { listMyMemberships } from '@/lib/server/organizations/list-my-memberships';
import './organizations.css';

export const metadata = { title: 'Organizations' };

const KIND_LABEL = { coaching: 'Coaching group', hiring: 'Hiring team' } as const;

export default async function OrganizationsPage() {
  const user = await requirePageUser('/organizations');
  const memberships = await listMyMemberships(db(), { userId: user.id });
  return (
    <main className="page">
      <div className="section-head">
        <h1>Organizations</h1>
        <Link href="/organizations/new" className="button button-primary">
          New organization
        </Link>
      </div>
      {memberships.length === 0 ? (
        <p className="muted card">You are not in an organization yet. Create one to coach candidates or run hiring assessments, or join one through an invitation link.</p>
      ) : (
        <ul className="list" data-testid="organization-list">
          {memberships.map((m) => (
            <li key={m.organizationId} className="card">
              <Link href={`/organizations/${m.organizationId}`}>
                <strong>{m.organizationName}</strong>
              </Link>{' '}
              <span className="muted">· {KIND_LABEL[m.kind]}</span>
              <span className="badge">{ROLE_LABELS[m.role]}</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
