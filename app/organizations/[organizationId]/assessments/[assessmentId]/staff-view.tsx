import Link from 'next/link';
import type { AssessmentView, SeatView } from '@/lib/server/assessments/get-assessment';
import type { SimilarityFlagSummary } from '@/lib/server/similarity/list-similarity-flags';
import { ATTEMPT_STATUS_LABELS, minutesText } from '@/lib/shared/attempt-status';
import { DECISION_LABELS } from '@/lib/shared/decisions';
import { CopyButton } from '@/lib/ui/forms/copy-button';
import { ApiForm, Field } from '@/lib/ui/forms/api-form';
import { CandidateChecklist } from '@/lib/ui/forms/candidate-checklist';
import { LocalTime } from '@/lib/ui/time/local-time';

const INVITATION_STATUS = { active: 'Active', expired: 'Expired', revoked: 'Revoked', used_up: 'Used' } as const;

type Props = {
  organizationId: string;
  view: AssessmentView;
  flags: SimilarityFlagSummary[];
  /** the organization's candidates without a seat yet (managers only) */
  unseated: { id: string; name: string; email: string }[];
  mailEnabled: boolean;
};

/** The staff's page of an assessment: settings, invitations, the candidates by name with their results, similarity flags. */
export function StaffView({ organizationId, view, flags, unseated, mailEnabled }: Props) {
  const base = `/organizations/${organizationId}/assessments/${view.id}`;
  const api = `/api/organizations/${organizationId}/assessments/${view.id}`;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="assessment-title">
        <div className="section-head">
          <h2 id="assessment-title">{view.title}</h2>
          <div className="inline-form">
            <a className="button button-small" href={`${api}/csv`} download>
              Download CSV
            </a>
            {view.canManage && (
              <Link className="button button-small" href={`${base}/edit`}>
                Edit
              </Link>
            )}
          </div>
        </div>
        <ul className="facts">
          <li>
            <strong>{minutesText(view.timeLimitMinutes)}</strong>
          </li>
          <li>
            {view.problemSet.title}: {view.problems.map((p) => p.title).join(', ')}
          </li>
          <li>
            Open <LocalTime iso={view.opensAt} /> – <LocalTime iso={view.closesAt} />
          </li>
          <li>{view.showScores ? 'Candidates see their scores' : 'Scores hidden from candidates'}</li>
          {view.anonymousReview && <li>Anonymous review</li>}
        </ul>
        {view.link && (
          <div className="field">
            <label htmlFor="assessment-link">Invitation link</label>
            <div className="inline-form">
              <input id="assessment-link" className="link-input" readOnly value={view.link.url} aria-label="Candidate invitation link" style={{ flex: 1 }} />
              {view.link.status === 'active' ? <CopyButton text={view.link.url} /> : <span className="tag tag-expired">{INVITATION_STATUS[view.link.status]}</span>}
            </div>
            <small className="muted">Anyone with this link can create an account (or sign in), join as a candidate and take this assessment until it closes.</small>
          </div>
        )}
      </section>

      <section aria-labelledby="candidates">
        <div className="section-head">
          <h2 id="candidates">Candidates</h2>
          <span className="muted">{view.seats.length} invited</span>
        </div>
        {view.seats.length === 0 ? (
          <p className="muted card">Nobody yet. Send the invitation link, invite by e-mail, or add candidates of your organization below.</p>
        ) : (
          <div className="table-scroll">
            <table className="table table-compact table-stack" data-testid="seats">
              <thead>
                <tr>
                  <th>Candidate</th>
                  <th>Status</th>
                  <th>Time used</th>
                  <th>Score</th>
                  <th>Signals</th>
                  <th>Decisions</th>
                  {view.canManage && <th>Extra time</th>}
                </tr>
              </thead>
              <tbody>
                {view.seats.map((seat) => (
                  <SeatRow key={seat.seatId} seat={seat} base={base} api={api} canManage={view.canManage} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {flags.length > 0 && (
        <section aria-labelledby="similarity" className="card">
          <h2 id="similarity">Similarity</h2>
          <p className="muted">
            Pairs whose final code is alike (Dolos fingerprints, names and layout ignored, starter code excluded). A flag is a reason to look, not a finding: it changes no
            score and no decision.
          </p>
          <table className="table table-compact table-stack" data-testid="similarity-flags">
            <thead>
              <tr>
                <th>Problem</th>
                <th>Candidates</th>
                <th>Similarity</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {flags.map((f) => (
                <tr key={f.id}>
                  <td>{f.problemTitle}</td>
                  <td>
                    {f.left} and {f.right}
                  </td>
                  <td>{Math.round(f.similarity * 100)}%</td>
                  <td>
                    <Link href={`/organizations/${organizationId}/similarity/${f.id}`}>Compare</Link> {f.reviewed ? <span className="tag tag-active">reviewed</span> : <span className="tag tag-flag">to review</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {view.canManage && (
        <section aria-labelledby="invite" className="card form-grid">
          <h2 id="invite">Invite candidates</h2>
          <ApiForm url={`${api}/invitations`} submitLabel={mailEnabled ? 'Send invitations' : 'Create personal links'} className="form-grid" resetOnSuccess successMessage={mailEnabled ? 'Sent. Each person got their own link.' : 'Created: copy each person’s link from the list below.'}>
            <Field name="emails" label="E-mail addresses" hint={mailEnabled ? 'One link per person, sent by e-mail, usable once.' : 'E-mail is not set up on this server (SMTP_URL): each person gets a single-use link to copy and send.'}>
              <textarea name="emails" rows={2} placeholder="ada@example.com, alan@example.com" />
            </Field>
            <ExtraTimeFields />
          </ApiForm>
          {unseated.length > 0 && (
            <ApiForm url={`${api}/seats`} submitLabel="Add to this assessment" arrays={['candidateIds']} className="form-grid" successMessage="Added: they see it on their home page.">
              <CandidateChecklist legend="Candidates of your organization" candidates={unseated} />
              <ExtraTimeFields />
            </ApiForm>
          )}
          {view.invitations.length > 0 && (
            <table className="table table-compact table-stack" data-testid="personal-invitations">
              <thead>
                <tr>
                  <th>Sent to</th>
                  <th>Link</th>
                  <th>Extra time</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {view.invitations.map((i) => (
                  <tr key={i.url}>
                    <td>{i.email}</td>
                    <td>
                      <div className="inline-form">
                        <input className="link-input" readOnly value={i.url} aria-label={`Invitation link for ${i.email}`} />
                        {i.status === 'active' && <CopyButton text={i.url} />}
                      </div>
                    </td>
                    <td>{extraTimeText(i)}</td>
                    <td>
                      <span className={`tag tag-${i.status}`}>{INVITATION_STATUS[i.status]}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}

function SeatRow({ seat, base, api, canManage }: { seat: SeatView; base: string; api: string; canManage: boolean }) {
  const ended = seat.status === 'finished' || seat.status === 'auto_submitted';
  return (
    <tr>
      <td>
        {seat.attemptId ? <Link href={`${base}/attempts/${seat.attemptId}`}>{seat.label}</Link> : seat.label}
        {seat.email && (
          <>
            <br />
            <small className="muted">{seat.email}</small>
          </>
        )}
      </td>
      <td>
        <span className={`tag tag-${seat.status}`}>{ATTEMPT_STATUS_LABELS[seat.status]}</span>
      </td>
      <td data-label="Time used">{seat.secondsUsed === null ? '—' : `${Math.floor(seat.secondsUsed / 60)} min ${seat.secondsUsed % 60} s`}</td>
      <td className="score" data-label="Score">{seat.score === null ? (ended ? 'grading…' : '—') : `${Math.round(seat.score * 100)}%`}</td>
      <td data-label="Signals">
        {seat.pastes + seat.focusLosses === 0 ? (
          <span className="muted">none</span>
        ) : (
          <small>
            {seat.pastes > 0 && `${seat.pastes} large ${seat.pastes === 1 ? 'paste' : 'pastes'}`}
            {seat.pastes > 0 && seat.focusLosses > 0 && ', '}
            {seat.focusLosses > 0 && `${seat.focusLosses} focus ${seat.focusLosses === 1 ? 'loss' : 'losses'}`}
          </small>
        )}
        {seat.openFlags > 0 && (
          <>
            {' '}
            <span className="tag tag-flag">similar code</span>
          </>
        )}
      </td>
      <td data-label="Decisions">
        {(['advance', 'hold', 'reject'] as const)
          .filter((d) => seat.decisions[d] > 0)
          .map((d) => (
            <span key={d} className={`decision-${d}`}>
              {DECISION_LABELS[d]}
              {seat.decisions[d] > 1 ? ` ×${seat.decisions[d]}` : ''}{' '}
            </span>
          ))}
        {!seat.decisions.advance && !seat.decisions.hold && !seat.decisions.reject && <span className="muted">—</span>}
      </td>
      {canManage && (
        <td data-label="Extra time">
          {ended ? (
            extraTimeText(seat)
          ) : (
            <ApiForm url={`${api}/seats/${seat.seatId}`} method="PATCH" submitLabel="Save" buttonClassName="button button-small" className="seat-extra">
              <input name="extraTimeMinutes" type="number" min={0} max={600} defaultValue={seat.extraTimeMinutes} aria-label={`Extra minutes for ${seat.label}`} /> min
              <input name="extraTimePercent" type="number" min={0} max={300} defaultValue={seat.extraTimePercent} aria-label={`Extra percent for ${seat.label}`} /> %
            </ApiForm>
          )}
        </td>
      )}
    </tr>
  );
}

function ExtraTimeFields() {
  return (
    <div className="form-row">
      <Field name="extraTimeMinutes" label="Extra time (minutes)" hint="An accommodation, added to the time limit.">
        <input name="extraTimeMinutes" type="number" min={0} max={600} defaultValue={0} />
      </Field>
      <Field name="extraTimePercent" label="Extra time (% of the limit)">
        <input name="extraTimePercent" type="number" min={0} max={300} defaultValue={0} />
      </Field>
    </div>
  );
}

function extraTimeText(e: { extraTimeMinutes: number; extraTimePercent: number }): string {
  const parts = [e.extraTimeMinutes ? `+${e.extraTimeMinutes} min` : '', e.extraTimePercent ? `+${e.extraTimePercent}%` : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : 'none';
}
