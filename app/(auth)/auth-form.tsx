'use client';

import { useActionState } from 'react';
import Link from 'next/link';
import type { ActionState } from '@/lib/server/http/action';

type Field = { name: string; label: string; type: string; autoComplete: string; hint?: string };

export function AuthForm(props: {
  title: string;
  submitLabel: string;
  fields: Field[];
  next: string;
  formAction: (state: ActionState<void>, formData: FormData) => Promise<ActionState<void>>;
  footer: { text: string; linkLabel: string; href: string };
}) {
  const [state, formAction, pending] = useActionState(props.formAction, null);
  const failed = state && !state.ok ? state : null;
  const error = failed?.error;
  return (
    <main className="auth-page">
      <form className="card auth-card" action={formAction} noValidate>
        <h1>{props.title}</h1>
        {error && (
          <p className="alert alert-error" role="alert" data-testid="form-error">
            {error.message}
          </p>
        )}
        <input type="hidden" name="next" value={props.next} />
        {props.fields.map((field) => {
          const fieldError = error?.fieldErrors?.[field.name]?.[0];
          return (
            <label key={field.name} className="field">
              <span>{field.label}</span>
              <input
                name={field.name}
                type={field.type}
                autoComplete={field.autoComplete}
                required
                // React resets the form after an action; keep what the user typed (never the password)
                key={failed ? `${field.name}-${failed.values[field.name] ?? ''}-${error?.message}` : field.name}
                defaultValue={failed?.values[field.name]}
                aria-invalid={fieldError ? true : undefined}
              />
              {fieldError ? <small className="field-error">{fieldError}</small> : field.hint && <small>{field.hint}</small>}
            </label>
          );
        })}
        <button className="button button-primary" type="submit" disabled={pending}>
          {pending ? 'Please wait…' : props.submitLabel}
        </button>
        <p className="muted">
          {props.footer.text}{' '}
          <Link href={`${props.footer.href}?next=${encodeURIComponent(props.next)}`}>{props.footer.linkLabel}</Link>
        </p>
      </form>
    </main>
  );
}
