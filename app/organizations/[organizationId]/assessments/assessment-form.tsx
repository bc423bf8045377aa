'use client';

import { useEffect, useRef } from 'react';
import { ApiForm, Field } from '@/lib/ui/forms/api-form';

export type AssessmentFormValues = {
  title: string;
  problemSetId: string;
  instructions: string;
  timeLimitMinutes: number;
  opensAt: string | null;
  closesAt: string;
  showScores: boolean;
  anonymousReview: boolean;
};

type Props = {
  organizationId: string;
  sets: { id: string; title: string; problems: number }[];
  /** null: a new assessment */
  assessment: (AssessmentFormValues & { id: string }) | null;
};

const DEFAULT_WINDOW_DAYS = 7;

/** **New assessment** and its edit form: a set, **Time limit (minutes)**, the window, instructions and two settings. */
export function AssessmentForm({ organizationId, sets, assessment }: Props) {
  const opensAt = useRef<HTMLInputElement>(null);
  const closesAt = useRef<HTMLInputElement>(null);
  // date-times are shown in the viewer's time zone, which only the browser knows
  useEffect(() => {
    if (opensAt.current && assessment?.opensAt) opensAt.current.value = localInput(new Date(assessment.opensAt));
    if (closesAt.current && !closesAt.current.value) closesAt.current.value = localInput(assessment ? new Date(assessment.closesAt) : new Date(Date.now() + DEFAULT_WINDOW_DAYS * 86_400_000));
  }, [assessment]);
  const api = `/api/organizations/${organizationId}/assessments`;
  return (
    <ApiForm
      url={assessment ? `${api}/${assessment.id}` : api}
      method={assessment ? 'PUT' : 'POST'}
      submitLabel={assessment ? 'Save assessment' : 'Create assessment'}
      redirectTo={`/organizations/${organizationId}/assessments/${assessment ? assessment.id : '{id}'}`}
      className="form-grid card"
    >
      <Field name="title" label="Title">
        <input name="title" defaultValue={assessment?.title ?? ''} maxLength={120} required />
      </Field>
      <div className="form-row">
        <Field name="problemSetId" label="Problem set" hint="Its problems are pinned for each candidate when they start.">
          <select name="problemSetId" defaultValue={assessment?.problemSetId ?? sets[0]?.id}>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.problems} {s.problems === 1 ? 'problem' : 'problems'})
              </option>
            ))}
          </select>
        </Field>
        <Field name="timeLimitMinutes" label="Time limit (minutes)" hint="From Start assessment; extra time per candidate is added on top.">
          <input name="timeLimitMinutes" type="number" min={1} max={600} defaultValue={assessment?.timeLimitMinutes ?? 60} required />
        </Field>
      </div>
      <div className="form-row">
        <Field name="opensAt" label="Opens" hint="Empty: now. In your time zone.">
          <input ref={opensAt} name="opensAt" type="datetime-local" />
        </Field>
        <Field name="closesAt" label="Closes" hint="No attempt runs past this, whatever its time limit.">
          <input ref={closesAt} name="closesAt" type="datetime-local" required />
        </Field>
      </div>
      <Field name="instructions" label="Instructions (Markdown)" hint="Candidates read these before they start the clock.">
        <textarea name="instructions" defaultValue={assessment?.instructions ?? ''} rows={6} />
      </Field>
      <label className="check">
        <input type="checkbox" name="showScores" defaultChecked={assessment?.showScores ?? false} /> Candidates see their scores (and Submit verdicts) when they have finished
      </label>
      <label className="check">
        <input type="checkbox" name="anonymousReview" defaultChecked={assessment?.anonymousReview ?? false} /> Anonymous review: reviewers see “Candidate 3” until they have recorded their decision
      </label>
    </ApiForm>
  );
}

function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
