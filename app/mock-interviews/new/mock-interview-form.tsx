'use client';

import { ApiForm, Field, FieldError } from '@/lib/ui/forms/api-form';
import { MAX_MOCK_MINUTES, MAX_MOCK_PROBLEMS, MOCK_PRESETS, MOCK_PRESET_KEYS } from '@/lib/shared/mock-interviews';
import type { MockInterviewSetup } from '@/lib/server/mock-interviews/get-mock-interview-setup';

const START = 'Start mock interview';

/** The presets, each one click away, and the candidate's own topics, mix, count and duration. */
export function MockInterviewForm({ topics, minMinutes }: { topics: MockInterviewSetup['topics']; minMinutes: number }) {
  return (
    <>
      <h2>Presets</h2>
      <div className="mock-presets">
        {MOCK_PRESET_KEYS.map((key) => (
          <section key={key} className="card mock-preset" aria-label={MOCK_PRESETS[key].label}>
            <h3>{MOCK_PRESETS[key].label}</h3>
            <ApiForm url="/api/mock-interviews" submitLabel={START} extra={{ kind: 'preset', preset: key }} redirectTo="/attempts/{attemptId}" buttonClassName="button" />
          </section>
        ))}
      </div>
      <h2>Your own</h2>
      <ApiForm url="/api/mock-interviews" submitLabel={START} extra={{ kind: 'custom' }} arrays={['topics']} redirectTo="/attempts/{attemptId}" className="form-grid card" buttonClassName="button button-primary">
        <fieldset className="mock-topics">
          <legend>Topics</legend>
          <small className="muted">None ticked: every topic. The numbers are the problems you have not solved yet, of all in the topic.</small>
          <div className="mock-topic-list">
            {topics.map((t) => (
              <label key={t.topic}>
                <input type="checkbox" name="topics" value={t.topic} />
                <span>
                  {t.label} <small>({t.unsolved} of {t.problems.easy + t.problems.medium + t.problems.hard})</small>
                </span>
              </label>
            ))}
          </div>
          <FieldError name="topics" />
        </fieldset>
        <div className="form-row mock-row">
          <Field name="problemCount" label="Number of problems">
            <select name="problemCount" defaultValue="2">
              {Array.from({ length: MAX_MOCK_PROBLEMS }, (_, i) => (
                <option key={i} value={i + 1}>
                  {i + 1}
                </option>
              ))}
            </select>
          </Field>
          <Field name="durationMinutes" label="Duration (minutes)" hint={`${minMinutes}–${MAX_MOCK_MINUTES} minutes, fixed by the server when you start.`}>
            <input name="durationMinutes" type="number" min={minMinutes} max={MAX_MOCK_MINUTES} defaultValue={45} required />
          </Field>
        </div>
        <fieldset className="mock-mix">
          <legend>Difficulty mix</legend>
          {(['easy', 'medium', 'hard'] as const).map((d) => (
            <Field key={d} name={d} label={d[0]!.toUpperCase() + d.slice(1)}>
              <input name={d} type="number" min={0} max={MAX_MOCK_PROBLEMS} defaultValue={d === 'medium' ? 1 : 0} />
            </Field>
          ))}
          <p className="muted mix-note">How many of each; the rest of the problems may be of any difficulty.</p>
          <FieldError name="mix" />
        </fieldset>
        <p className="muted" style={{ margin: 0 }}>
          Problems you have not solved come first. Time starts at once, and your code is saved as you type.
        </p>
      </ApiForm>
    </>
  );
}
