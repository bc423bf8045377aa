'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { ScorecardEntry } from '@/lib/server/reviews/schemas';
import { DECISION_LABELS, type DecisionName } from '@/lib/shared/decisions';
import { ApiError, fetchJson } from '@/lib/ui/api-client';
import { useHydrated } from '@/lib/ui/use-hydrated';

const RATINGS = [1, 2, 3, 4] as const;
const RATING_HINTS = { 1: 'weak', 2: 'mixed', 3: 'good', 4: 'strong' } as const;

type Props = {
  attemptId: string;
  criteria: string[];
  mine: { scorecard: ScorecardEntry[]; notes: string; decision: DecisionName | null } | null;
};

/** The viewer's own scorecard: each criterion rated 1–4 with **Notes**, overall notes, a **Decision**; **Save review**. */
export function Scorecard({ attemptId, criteria, mine }: Props) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const entry = (criterion: string) => mine?.scorecard.find((e) => e.criterion === criterion);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const scorecard = criteria.map((criterion, i) => {
      const rating = Number(data.get(`rating-${i}`));
      return { criterion, rating: RATINGS.includes(rating as 1) ? rating : null, notes: String(data.get(`notes-${i}`) ?? '') };
    });
    const decision = String(data.get('decision') ?? '');
    setPending(true);
    setError(null);
    setSaved(false);
    try {
      await fetchJson(`/api/attempts/${attemptId}/review`, { method: 'PUT', body: JSON.stringify({ scorecard, notes: String(data.get('notes') ?? ''), decision: decision || null }) });
      setSaved(true);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="scorecard" onSubmit={(e) => void submit(e)} aria-label="Your scorecard">
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <p className="alert alert-success" role="status">
          Review saved.
        </p>
      )}
      {criteria.map((criterion, i) => (
        <fieldset key={criterion} className="criterion">
          <legend>{criterion}</legend>
          <div className="ratings">
            {RATINGS.map((r) => (
              <label key={r} title={RATING_HINTS[r]}>
                <input type="radio" name={`rating-${i}`} value={r} defaultChecked={entry(criterion)?.rating === r} aria-label={`${criterion}: ${r} (${RATING_HINTS[r]})`} />
                {r}
              </label>
            ))}
          </div>
          <textarea name={`notes-${i}`} defaultValue={entry(criterion)?.notes ?? ''} aria-label={`Notes on ${criterion}`} placeholder="Notes" maxLength={5000} />
        </fieldset>
      ))}
      <div className="field">
        <label htmlFor="review-notes">Notes</label>
        <textarea id="review-notes" name="notes" defaultValue={mine?.notes ?? ''} maxLength={20000} />
      </div>
      <div className="field">
        <label htmlFor="review-decision">Decision</label>
        <select id="review-decision" name="decision" defaultValue={mine?.decision ?? ''}>
          <option value="">Not decided yet</option>
          {(Object.keys(DECISION_LABELS) as DecisionName[]).map((d) => (
            <option key={d} value={d}>
              {DECISION_LABELS[d]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-primary" disabled={pending || !hydrated} style={{ justifySelf: 'start' }}>
        {pending ? 'Saving…' : 'Save review'}
      </button>
    </form>
  );
}
