import { FieldError } from './api-form';

/** Checkboxes of an organization's candidates (name and e-mail), sent as `candidateIds` by an ApiForm with `arrays={['candidateIds']}`. */
export function CandidateChecklist({ legend, candidates }: { legend: string; candidates: { id: string; name: string; email: string }[] }) {
  return (
    <fieldset className="candidate-list">
      <legend>{legend}</legend>
      {candidates.map((c) => (
        <label key={c.id}>
          <input type="checkbox" name="candidateIds" value={c.id} />
          <span>{c.name}</span>
          <small>{c.email}</small>
        </label>
      ))}
      <FieldError name="candidateIds" />
    </fieldset>
  );
}
