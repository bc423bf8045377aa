import Link from 'next/link';
import { ROLE_LABELS } from '@/lib/server/access/roles';
import { currentUser } from '@/lib/server/auth/session';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { JoinParams } from '@/lib/server/http/params';
import { getInvitation, type InvitationPreview } from '@/lib/server/invitations/get-invitation';
import { ApiForm } from '@/lib/ui/forms/api-form';
import { LocalTime } from '@/lib/ui/time/local-time';
import '../../organizations/organizations.css';

export const metadata = { title: 'Join an organization' };

const REFUSED: Record<Exclude<InvitationPreview['status'], 'active'>, { title: string; text: string }> = {
  expired: { title: 'This invitation has expired', text: 'Invitation links work for a limited time. Ask whoever sent it for a new one.' },
  revoked: { title: 'This invitation was revoked', text: 'Whoever sent it withdrew the link. Ask them for a new one if you still need to join.' },
  used_up: { title: 'This invitation has already been used', text: 'It was a single-use link and someone joined with it. Ask whoever sent it for a link of your own.' },
};

export default async function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  const parsed = JoinParams.safeParse(await params);
  const user = await currentUser();
  const invitation = parsed.success
    ? await getInvitation(db(), { token: parsed.data.token, userId: user?.id ?? null }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'not_found') return null;
        throw error;
      })
    : null;
  if (!invitation) {
    return <Notice title="This invitation link is not valid" text="Check that you copied the whole link, or ask whoever sent it for a new one." />;
  }
  const joinPath = `/join/${parsed.data!.token}`;
  // an assessment's link is done with once the person has a seat; an organization's once they are a member
  const done = invitation.assessment ? invitation.assessment.seated : invitation.alreadyMember;
  if (invitation.status !== 'active' && !done) return <Notice {...REFUSED[invitation.status]} />;
  const kind = invitation.kind === 'hiring' ? 'hiring team' : 'coaching group';
  const landing = invitation.assessment ? `/organizations/${invitation.organizationId}/assessments/${invitation.assessment.id}` : `/organizations/${invitation.organizationId}`;
  return (
    <main className="auth-page">
      <section className="card auth-card" aria-labelledby="join-title">
        <h1 id="join-title">{invitation.assessment ? invitation.assessment.title : `Join ${invitation.organizationName}`}</h1>
        {invitation.assessment ? (
          <p className="muted" style={{ margin: 0 }}>
            {invitation.organizationName} invites you to take this assessment: {invitation.assessment.timeLimitMinutes} minutes once you start. The clock starts only when you press
            Start assessment, after the instructions. The link works until <LocalTime iso={invitation.expiresAt} />.
          </p>
        ) : (
          <p className="muted" style={{ margin: 0 }}>
            You are invited to this {kind} as <strong>{ROLE_LABELS[invitation.role].toLowerCase()}</strong>. The link expires <LocalTime iso={invitation.expiresAt} />.
          </p>
        )}
        {done ? (
          <>
            <p className="alert alert-success">{invitation.assessment ? 'You have a seat in this assessment.' : 'You are already a member.'}</p>
            <Link className="button button-primary" href={landing}>
              {invitation.assessment ? 'Open the assessment' : `Open ${invitation.organizationName}`}
            </Link>
          </>
        ) : user ? (
          <ApiForm url={`/api${joinPath}`} submitLabel="Join" redirectTo={landing} className="form-grid">
            <p style={{ margin: 0 }}>
              Signed in as <strong>{user.name}</strong> ({user.email}).
            </p>
          </ApiForm>
        ) : (
          <>
            {/* Join without an account: create one, and the sign-up lands in the organization */}
            <form action="/sign-up" method="get" className="form-grid">
              <input type="hidden" name="next" value={joinPath} />
              <button className="button button-primary" type="submit">
                Join
              </button>
            </form>
            <p className="muted" style={{ margin: 0 }}>
              You will create an account first. Already have one? <Link href={`/sign-in?next=${encodeURIComponent(joinPath)}`}>Sign in</Link>, then join.
            </p>
          </>
        )}
      </section>
    </main>
  );
}

function Notice({ title, text }: { title: string; text: string }) {
  return (
    <main className="auth-page">
      <section className="card auth-card" aria-labelledby="join-title">
        <h1 id="join-title">{title}</h1>
        <p className="muted">{text}</p>
        <Link href="/">Go to the start page</Link>
      </section>
    </main>
  );
}
