import Link from 'next/link';
import { currentUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { listMyMemberships } from '@/lib/server/organizations/list-my-memberships';

export const dynamic = 'force-dynamic';

const ROLE_LABEL = { owner: 'Owner', coach: 'Coach', reviewer: 'Reviewer', candidate: 'Candidate' } as const;

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
  const memberships = await listMyMemberships(db(), { userId: user.id });
  return (
    <main className="page">
      <h1>Welcome, {user.name}</h1>
      <p className="lead">
        <Link href="/problems">Browse the problems</Link> and start practising.
      </p>
      <section className="card">
        <h2>Your organizations</h2>
        {memberships.length === 0 ? (
          <p className="muted">You are not part of a coaching group or hiring team yet. You can still practise on your own.</p>
        ) : (
          <ul className="list">
            {memberships.map((m) => (
              <li key={m.organizationId}>
                <strong>{m.organizationName}</strong>{' '}
                <span className="muted">({m.kind === 'hiring' ? 'hiring team' : 'coaching group'})</span>
                <span className="badge">{ROLE_LABEL[m.role]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
