import Link from 'next/link';
import { ROLE_LABELS } from '@/lib/server/access/roles';
import { listMyAssignments } from '@/lib/server/assignments/list-my-assignments';
import { currentUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { renderMarkdown } from '@/lib/server/markdown/render-markdown';
import { listMyMemberships } from '@/lib/server/organizations/list-my-memberships';
import { AssignedToMe } from './assigned-to-me';
import { MyAssessments } from './my-assessments';
import { listMyAssessments } from '@/lib/server/assessments/list-my-assessments';
import 'katex/dist/katex.min.css';
import './organizations/organizations.css';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const user = await currentUser();
  if (!user) {
    return (
      <main className="hero">
        <h1>Practise the ML interview questions that actually get asked.</h1>
        <p className="lead">
          Implement backprop, attention, K-means, AdaBoost and metrics in TypeScript. Your code runs in a sandbox against
          hidden tests, and you see exactly where your numbers differ from a trusted reference.
        </p>
        <div className="hero-actions">
          <Link href="/sign-up" className="button button-primary">
            Create an account
          </Link>
          <Link href="/sign-in" className="button">
            Sign in
          </Link>
        </div>
      </main>
    );
  }
  const [memberships, assignments, assessments] = await Promise.all([listMyMemberships(db(), { userId: user.id }), listMyAssignments(db(), { userId: user.id }), listMyAssessments(db(), { userId: user.id })]);
  const descriptions = new Map(await Promise.all(assignments.map(async (a) => [a.id, a.description.trim() ? await renderMarkdown(a.description) : ''] as const)));
  return (
    <main className="page">
      <h1>Welcome, {user.name}</h1>
      <p className="lead">
        <Link href="/problems">Browse the problems</Link> and start practising.
      </p>
      {assessments.length > 0 && (
        <section aria-labelledby="my-assessments" style={{ marginBottom: '1.5rem' }}>
          <h2 id="my-assessments">Assessments</h2>
          <MyAssessments assessments={assessments} />
        </section>
      )}
      {assignments.length > 0 && (
        <section aria-labelledby="assigned-to-me" style={{ marginBottom: '1.5rem' }}>
          <h2 id="assigned-to-me">Assigned to me</h2>
          <AssignedToMe assignments={assignments} descriptions={descriptions} />
        </section>
      )}
      <section className="card">
        <div className="section-head">
          <h2>Your organizations</h2>
          <Link href="/organizations/new" className="button button-small">
            New organization
          </Link>
        </div>
        {memberships.length === 0 ? (
          <p className="muted">You are not part of a coaching group or hiring team yet. You can still practise on your own.</p>
        ) : (
          <ul className="list">
            {memberships.map((m) => (
              <li key={m.organizationId}>
                <Link href={`/organizations/${m.organizationId}`}>
                  <strong>{m.organizationName}</strong>
                </Link>{' '}
                <span className="muted">({m.kind === 'hiring' ? 'hiring team' : 'coaching group'})</span>
                <span className="badge">{ROLE_LABELS[m.role]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
