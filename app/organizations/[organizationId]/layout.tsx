import type { ReactNode } from 'react';
import Link from 'next/link';
import { ROLE_LABELS, STAFF } from '@/lib/server/access/roles';
import { requirePageUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { orNotFound } from '@/lib/server/http/page';
import { getOrganization } from '@/lib/server/organizations/get-organization';
import { OrgTabs } from './org-tabs';
import '../organizations.css';

const KIND_LABEL = { coaching: 'Coaching group', hiring: 'Hiring team' } as const;

/** The organization's name and tabs. Not a security boundary: every page and route checks again. */
export default async function OrganizationLayout({ children, params }: { children: ReactNode; params: Promise<{ organizationId: string }> }) {
  const { organizationId } = await params;
  const user = await requirePageUser(`/organizations/${encodeURIComponent(organizationId)}`);
  const org = await orNotFound(getOrganization(db(), { userId: user.id, organizationId }));
  const base = `/organizations/${org.id}`;
  const staff = STAFF.includes(org.myRole);
  const tabs = [
    { href: base, label: 'Overview' },
    ...(staff && org.kind === 'hiring' ? [{ href: `${base}/assessments`, label: 'Assessments', also: `${base}/similarity` }] : []),
    ...(staff ? [{ href: `${base}/cohort`, label: 'Cohort', also: `${base}/candidates` }, { href: `${base}/members`, label: 'Members' }] : []),
    ...(org.myRole === 'owner' ? [{ href: `${base}/settings`, label: 'Settings' }] : []),
  ];
  return (
    <main className="page page-wide">
      <p className="muted">
        <Link href="/organizations">← Organizations</Link>
      </p>
      <div className="org-header">
        <h1>{org.name}</h1>
        <span className="muted">
          {KIND_LABEL[org.kind]} · {org.memberCount} {org.memberCount === 1 ? 'member' : 'members'} · you are <span className="badge">{ROLE_LABELS[org.myRole]}</span>
        </span>
      </div>
      <OrgTabs tabs={tabs} />
      {children}
    </main>
  );
}
