'use client';

import { cloneElement, createContext, useContext, useId, useState, type FormEvent, type ReactElement, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { ApiError, fetchJson } from '../api-client';
import { useHydrated } from '../use-hydrated';

const FieldErrors = createContext<Record<string, string[]>>({});

type Props = {
  url: string;
  method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  submitLabel: string;
  /** after success: go here, with `{field}` filled in from the JSON answer; without it the page refreshes */
  redirectTo?: string;
  /** ask before sending (a destructive action) */
  confirm?: string;
  /** fields sent as arrays (checkbox groups) */
  arrays?: string[];
  /** fixed fields sent with the form's own */
  extra?: Record<string, unknown>;
  /** shown after a success that stays on the page */
  successMessage?: string;
  resetOnSuccess?: boolean;
  buttonClassName?: string;
  className?: string;
  children?: ReactNode;
};

/**
 * A form that sends its fields as JSON to one of our API routes. It is never reset on failure, so
 * nothing typed is lost; the server's message shows above the fields and each field's own message
 * under it (through <Field>). Local date-times are sent as instants in the viewer's time zone.
 */
export function ApiForm({ url, method = 'POST', submitLabel, redirectTo, confirm, arrays = [], extra, successMessage, resetOnSuccess, buttonClassName = 'button button-primary', className, children }: Props) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (confirm && !window.confirm(confirm)) return;
    setPending(true);
    setError(null);
    setDone(false);
    try {
      const answer = await fetchJson<Record<string, unknown> | null>(url, { method, body: JSON.stringify({ ...formBody(form, arrays), ...extra }) });
      if (redirectTo) {
        router.push(redirectTo.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(String(answer?.[key] ?? ''))));
        return;
      }
      if (resetOnSuccess) form.reset();
      setDone(true);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(String(e), 0));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className={className} onSubmit={(e) => void submit(e)} noValidate>
      {error && (
        <p className="alert alert-error" role="alert">
          {error.message}
        </p>
      )}
      {done && successMessage && (
        <p className="alert alert-success" role="status">
          {successMessage}
        </p>
      )}
      <FieldErrors.Provider value={error?.fieldErrors ?? {}}>{children}</FieldErrors.Provider>
      <button className={buttonClassName} type="submit" disabled={pending || !hydrated}>
        {pending ? 'Please wait…' : submitLabel}
      </button>
    </form>
  );
}

type ControlProps = { id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string };

/**
 * A labelled control whose server-side error, if any, shows under it. The label names the control
 * by id (not by wrapping it), so its accessible name is exactly the label's words.
 */
export function Field({ name, label, hint, children }: { name: string; label: string; hint?: string; children: ReactElement<ControlProps> }) {
  const message = useContext(FieldErrors)[name]?.[0];
  const id = useId();
  const noteId = `${id}-note`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(resolveLazy(children), { id, 'aria-invalid': message ? true : undefined, 'aria-describedby': message || hint ? noteId : undefined })}
      {message ? (
        <small className="field-error" id={noteId}>
          {message}
        </small>
      ) : (
        hint && (
          <small className="muted" id={noteId}>
            {hint}
          </small>
        )
      )}
    </div>
  );
}

const LAZY = Symbol.for('react.lazy');
type LazyElement = { $$typeof: symbol; _payload: unknown; _init: (payload: unknown) => unknown };

/**
 * A server component's element may reach a client component as a lazy reference to a part of the page
 * streamed separately (React outlines parts of large pages), and cloneElement needs the element itself:
 * resolved as React resolves any lazy element (a part still on its way suspends).
 */
function resolveLazy<T>(child: T): T {
  const lazy = child as LazyElement | null;
  return typeof lazy === 'object' && lazy !== null && lazy.$$typeof === LAZY ? (lazy._init(lazy._payload) as T) : child;
}

/** The server's message for one field, for controls that are not a single <Field> (a group of checkboxes). */
export function FieldError({ name }: { name: string }) {
  const message = useContext(FieldErrors)[name]?.[0];
  return message ? <small className="field-error">{message}</small> : null;
}

function formBody(form: HTMLFormElement, arrays: string[]): Record<string, unknown> {
  const data = new FormData(form);
  const body: Record<string, unknown> = {};
  for (const key of new Set(data.keys())) {
    const values = data.getAll(key).filter((v): v is string => typeof v === 'string');
    body[key] = arrays.includes(key) ? values : (values[0] ?? '');
  }
  for (const key of arrays) body[key] ??= [];
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="datetime-local"]')) {
    if (input.name) body[input.name] = input.value ? new Date(input.value).toISOString() : '';
  }
  return body;
}
