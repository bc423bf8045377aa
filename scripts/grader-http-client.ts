/**
 * The service's HTTP API as a script sees it (bench:http, loadtest): sign up (the session cookie), send a
 * Run or Submit, follow its server-sent event stream until the verdict. Writes carry `Origin`, as the
 * same-origin rule requires.
 */
import { randomUUID } from 'node:crypto';
import type { SubmissionView } from '../lib/shared/submission-view.ts';

export const REQUEST_TIMEOUT_MS = 30_000;

export class HttpClientError extends Error {
  constructor(
    message: string,
    /** the HTTP status, when the server answered */
    readonly status?: number,
  ) {
    super(message);
  }
}

export type Session = { email: string; cookie: string };

const endpoint = (base: URL, p: string) => new URL(p, base).toString();

/**
 * Signs up a throwaway account through better-auth (which signs in and sets the session cookie).
 * Sign-ups are limited per client address (429 with Retry-After; SIGN_UP_LIMIT_PER_HOUR): wait and retry.
 */
export async function signUp(base: URL, email: string, name: string, log: (line: string) => void = () => undefined): Promise<Session> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(endpoint(base, '/api/auth/sign-up/email'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: base.origin },
      body: JSON.stringify({ name, email, password: `${randomUUID()}Aa1!` }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    if (res.status === 429 && attempt < 5) {
      await res.body?.cancel();
      const wait = Number(res.headers.get('x-retry-after') ?? res.headers.get('retry-after') ?? 10);
      log(`sign-up rate-limited; waiting ${wait} s`);
      await new Promise((r) => setTimeout(r, (Number.isFinite(wait) ? wait + 0.2 : 10) * 1000));
      continue;
    }
    if (!res.ok) throw new HttpClientError(`sign-up of ${email}: HTTP ${res.status} ${await res.text()}`, res.status);
    await res.body?.cancel();
    // `name=value` of each Set-Cookie (better-auth.session_token, possibly more)
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';', 1)[0]!.trim())
      .filter(Boolean)
      .join('; ');
    if (!cookie) throw new HttpClientError(`sign-up of ${email}: no Set-Cookie in the response`);
    await whoAmI(base, { email, cookie });
    return { email, cookie };
  }
}

/** GET /api/me with the session: proves the cookie makes a session on this web process. */
export async function whoAmI(base: URL, session: Session): Promise<{ email: string }> {
  const me = await fetch(endpoint(base, '/api/me'), { headers: { Cookie: session.cookie }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  if (!me.ok) throw new HttpClientError(`GET /api/me: HTTP ${me.status} ${await me.text()}`, me.status);
  return ((await me.json()) as { user: { email: string } }).user;
}

/** POST /api/submissions; resolves with the new submission's id. */
export async function submit(base: URL, session: Session, body: { problemSlug: string; kind: 'run' | 'submit'; code: string; language?: 'typescript' | 'python' }, signal?: AbortSignal): Promise<string> {
  const res = await fetch(endpoint(base, '/api/submissions'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base.origin, Cookie: session.cookie },
    body: JSON.stringify(body),
    signal: signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  if (res.status !== 201) throw new HttpClientError(`POST /api/submissions: HTTP ${res.status} ${text.slice(0, 300)}`, res.status);
  return (JSON.parse(text) as { id: string }).id;
}

/** GET /api/submissions/<id>: the polling path. */
export async function getSubmissionView(base: URL, session: Session, id: string, signal?: AbortSignal): Promise<SubmissionView> {
  const res = await fetch(endpoint(base, `/api/submissions/${id}`), { headers: { Cookie: session.cookie }, signal: signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  if (!res.ok) throw new HttpClientError(`GET /api/submissions/${id}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`, res.status);
  return (await res.json()) as SubmissionView;
}

/** Reads server-sent events from a fetch body; calls onEvent for each complete event at its arrival (true: stop). */
export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (event: string, data: string, t: number) => boolean): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      const t = performance.now();
      if (done) return;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line === '' || line.startsWith(':')) continue; // comment (keep-alive)
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') event = value;
          else if (field === 'data') data.push(value);
        }
        if (data.length === 0) continue; // retry: … and the like
        if (onEvent(event, data.join('\n'), t)) return;
      }
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

export type StreamedView = { view: SubmissionView; t: number };

/**
 * Follows GET /api/submissions/<id>/events until a 'done' event, opening the stream again when it ends
 * early (as EventSource does). `onEvent` sees every submission event with its arrival time.
 */
export async function awaitVerdict(base: URL, session: Session, id: string, options: { signal: AbortSignal; onEvent?: (e: StreamedView) => void; onOpen?: () => void }): Promise<StreamedView & { reconnects: number }> {
  let done: StreamedView | undefined;
  let reconnects = -1;
  while (!done) {
    reconnects++;
    if (reconnects > 0) await new Promise((r) => setTimeout(r, 200));
    const stream = await fetch(endpoint(base, `/api/submissions/${id}/events`), { headers: { Accept: 'text/event-stream', Cookie: session.cookie }, signal: options.signal });
    if (reconnects === 0) options.onOpen?.();
    if (!stream.ok || !stream.body) throw new HttpClientError(`GET /api/submissions/${id}/events: HTTP ${stream.status} ${(await stream.text()).slice(0, 300)}`, stream.status);
    await readEvents(stream.body, (event, data, t) => {
      if (event !== 'submission') return false;
      const view = JSON.parse(data) as SubmissionView;
      options.onEvent?.({ view, t });
      if (view.status !== 'done') return false;
      done = { view, t };
      return true;
    });
  }
  return { ...done, reconnects };
}
