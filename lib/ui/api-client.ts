'use client';

/** An error the server explained (its message is safe to show), or a network failure. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** for 429: seconds until the server accepts the request again */
    readonly retryAfterSeconds?: number,
    /** per-field messages from the server's validation, keyed by field name */
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

/** fetch + JSON with the server's `{ error: { message } }` turned into an ApiError. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { 'Content-Type': 'application/json', ...init?.headers } });
  } catch {
    throw new ApiError('The server cannot be reached. Check your connection and try again.', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { message?: unknown; fieldErrors?: Record<string, string[]> } } | null)?.error;
    if (response.status === 401) throw new ApiError('Your session has ended. Sign in again (your code is kept in this browser).', 401);
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(typeof error?.message === 'string' ? error.message : `The server answered ${response.status}.`, response.status, retryAfter > 0 ? retryAfter : undefined, error?.fieldErrors ?? {});
  }
  return body as T;
}
