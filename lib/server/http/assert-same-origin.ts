import { AppError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A state-changing request must come from the app's own pages: its Origin is the app's (APP_URL, or
 * the host the request was sent to, as Next checks server actions), or, where a browser sends no
 * Origin, Sec-Fetch-Site says same-origin. Scripts and tools send an Origin header.
 */
export function assertSameOrigin(request: Request, appUrl: string): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get('origin');
  if (origin !== null) {
    const host = originHost(origin);
    if (origin === new URL(appUrl).origin || (host !== null && host === (request.headers.get('x-forwarded-host') ?? request.headers.get('host')))) return;
    throw new AppError('forbidden', 'This request came from another site and was refused.');
  }
  if (request.headers.get('sec-fetch-site') === 'same-origin') return;
  throw new AppError('forbidden', 'Requests that change data must come from the app (send an Origin header).');
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
