'use client';

import { useState } from 'react';
import { ApiForm, Field } from '@/lib/ui/forms/api-form';
import { CandidateChecklist } from '@/lib/ui/forms/candidate-checklist';
import { useHydrated } from '@/lib/ui/use-hydrated';

type Candidate = { id: string; name: string; email: string };

/** **Assign** opens a form: the organization's candidates by name, and an optional due date in the viewer's time zone. */
export function AssignPanel({ organizationId, problemSetId, candidates }: { organizationId: string; problemSetId: string; candidates: Candidate[] }) {
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  if (!open) {
    return (
      <button type="button" className="button button-primary" onClick={() => setOpen(true)} disabled={!hydrated}>
        Assign
      </button>
    );
  }
  return (
    <div className="card" style={{ flexBasis: '100%' }} role="group" aria-label="Assign this set">
      {candidates.length === 0 ? (
        <p className="muted">
          There are no candidates in this organization yet: invite some on the Members tab.{' '}
          <button type="button" className="button button-quiet" onClick={() => setOpen(false)}>
            Close
          </button>
        </p>
      ) : (
        <ApiForm
          url={`/api/organizations/${organizationId}/assignments`}
          submitLabel="Assign to selected"
          arrays={['candidateIds']}
          extra={{ problemSetId }}
          successMessage="Assigned. Candidates see it on their home page under Assigned to me."
          className="form-grid"
        >
          <CandidateChecklist legend="Candidates" candidates={candidates} />
          <Field name="dueAt" label="Due date" hint="Optional; in your time zone. Work after it is still accepted, and marked late.">
            <input type="datetime-local" name="dueAt" />
          </Field>
        </ApiForm>
      )}
    </div>
  );
}
