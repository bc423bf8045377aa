'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { validateCustomArgs } from '../../shared/custom-input';
import type { CustomInput } from '../../shared/submission-view';

type Props = {
  /** the sample test it starts from */
  start: CustomInput;
  paramNames: string[];
  /** the TypeScript signature's parameter types (custom values follow the TypeScript contract in both languages) */
  paramTypes: string[];
  busy: boolean;
  onRun: (input: CustomInput) => void;
  onClose: () => void;
};

/**
 * "Run with my input": the arguments of a sample test as JSON, one box per parameter, checked against the
 * signature as the candidate types; the Run grades their code and the reference on them.
 */
export function CustomInputForm({ start, paramNames, paramTypes, busy, onRun, onClose }: Props) {
  const [texts, setTexts] = useState(() => start.args.map((a) => editableJson(a, '')));
  const formRef = useRef<HTMLFormElement>(null);
  // opened from a sample far down the results: bring it into view, ready to type
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: 'nearest' });
    formRef.current?.querySelector('textarea')?.focus({ preventScroll: true });
  }, []);
  const params = paramNames.map((name, i) => ({ name, type: paramTypes[i] ?? '' }));
  const parsed = useMemo(() => texts.map(parseJson), [texts]);
  const syntaxErrors = parsed.map((p, i) => (p.ok ? null : `${params[i]?.name ?? `argument ${i + 1}`} is not valid JSON: ${p.message}`));
  const typeErrors = syntaxErrors.every((e) => e === null) ? validateCustomArgs(parsed.map((p) => (p.ok ? p.value : null)), params) : {};
  const errorOf = (i: number) => syntaxErrors[i] ?? typeErrors[params[i]?.name ?? ''] ?? null;
  const valid = syntaxErrors.every((e) => e === null) && Object.keys(typeErrors).length === 0;

  return (
    <form
      ref={formRef}
      className="custom-input card"
      aria-label="Run with my input"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onRun({ sample: start.sample, args: parsed.map((p) => (p.ok ? p.value : null)) });
      }}
    >
      <div className="custom-input-head">
        <h3>Run with my input</h3>
        <button type="button" className="button button-quiet" onClick={onClose} aria-label="Close my input">
          ✕
        </button>
      </div>
      <p className="muted">
        Starting from the sample <code>{start.sample}</code>. Edit the arguments (JSON); your function and the reference both run on them.
      </p>
      {params.map((param, i) => (
        <label key={param.name} className="field custom-input-field">
          <span>
            {param.name} <code className="muted">{param.type}</code>
          </span>
          <textarea
            value={texts[i] ?? ''}
            spellCheck={false}
            rows={Math.min(8, Math.max(1, (texts[i] ?? '').split('\n').length))}
            aria-invalid={errorOf(i) !== null}
            onChange={(event) => setTexts((all) => all.map((t, j) => (j === i ? event.target.value : t)))}
          />
          {errorOf(i) && <small className="field-error">{errorOf(i)}</small>}
        </label>
      ))}
      {typeErrors._ && <p className="alert alert-error">{typeErrors._}</p>}
      <div className="alert-actions">
        <button type="submit" className="button button-primary" disabled={!valid || busy}>
          Run on my input
        </button>
      </div>
    </form>
  );
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message.replace(/^JSON\.parse: /, '') : 'not JSON' };
  }
}

/** JSON a person can edit: arrays of plain values on one line, one row of a matrix per line, numbers exact. */
function editableJson(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    const inner = `${indent}  `;
    return `[\n${value.map((v) => inner + editableJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const inner = `${indent}  `;
    const entries = Object.entries(value);
    return entries.length === 0 ? '{}' : `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${editableJson(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
