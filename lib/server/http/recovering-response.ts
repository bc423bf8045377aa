import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATIC_SECURITY_HEADERS } from './security-headers';

/** Seconds a client is asked to wait before trying again (and the page's reload interval). */
export const RECOVERING_RETRY_SECONDS = 3;

export const RECOVERING_MESSAGE = 'The service is recovering: its database is restarting. Nothing you saved is lost; try again in a few seconds.';

/** Build files and the health check are served as usual while the database is down. */
export function passesWhileRecovering(url: string): boolean {
  const pathname = url.split('?', 1)[0]!;
  return pathname.startsWith('/_next/static/') || pathname === '/icon.svg' || pathname === '/favicon.ico' || pathname === '/api/health';
}

/**
 * What the web server answers instead of a 500 while the database cannot be reached: 503 with
 * Retry-After, as JSON for the API (`{ error: { code: 'unavailable' } }`, the shape of every API error)
 * and as a small page that reloads itself for a browser. The page needs no script and no database.
 */
export function sendRecovering(req: IncomingMessage, res: ServerResponse): void {
  const api = (req.url ?? '/').startsWith('/api/');
  const wantsPage = !api && (req.method === 'GET' || req.method === 'HEAD') && /text\/html/.test(req.headers.accept ?? '');
  res.statusCode = 503;
  for (const { key, value } of STATIC_SECURITY_HEADERS) res.setHeader(key, value);
  res.setHeader('Retry-After', String(RECOVERING_RETRY_SECONDS));
  res.setHeader('Cache-Control', 'no-store');
  if (wantsPage) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    res.end(req.method === 'HEAD' ? undefined : RECOVERING_PAGE);
    return;
  }
  res.setHeader('Content-Type', api ? 'application/json' : 'text/plain; charset=utf-8');
  res.end(api ? JSON.stringify({ error: { code: 'unavailable', message: RECOVERING_MESSAGE, retryAfterSeconds: RECOVERING_RETRY_SECONDS } }) : RECOVERING_MESSAGE);
}

const RECOVERING_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RECOVERING_RETRY_SECONDS}">
<title>Recovering · ML Interview Grader</title>
<style>
  :root { font-family: ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: #1b1f2a; background: #f6f7fb; }
  body { margin: 0; min-height: 100vh; }
  header { display: flex; align-items: center; padding: 0.75rem 1.5rem; background: #fff; border-bottom: 1px solid #dde1ea; font-weight: 700; font-size: 1.05rem; }
  .mark { display: inline-grid; place-items: center; width: 1.75rem; height: 1.75rem; margin-right: 0.35rem; border-radius: 7px; background: #3b5bdb; color: #fff; }
  main { max-width: 560px; margin: 4rem auto; padding: 0 1.25rem; }
  .card { background: #fff; border: 1px solid #dde1ea; border-radius: 10px; box-shadow: 0 1px 2px rgba(16,24,40,.06), 0 4px 16px rgba(16,24,40,.06); padding: 1.75rem; }
  h1 { font-size: 1.5rem; margin: 0 0 0.75rem; letter-spacing: -0.01em; display: flex; align-items: center; gap: 0.6rem; }
  p { line-height: 1.6; color: #5d6579; margin: 0.5rem 0 0; }
  .spinner { width: 1.1rem; height: 1.1rem; border: 3px solid #dbe2fb; border-top-color: #3b5bdb; border-radius: 50%; animation: spin 0.9s linear infinite; flex: none; }
  @keyframes spin { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
</style>
</head>
<body>
<header><span class="mark">∇</span> ML Interview Grader</header>
<main>
  <div class="card" role="status">
    <h1><span class="spinner" aria-hidden="true"></span>The service is recovering</h1>
    <p>Its database is restarting. Nothing you saved is lost, and submissions already sent keep their place in the grading queue.</p>
    <p>This page reloads by itself every ${RECOVERING_RETRY_SECONDS} seconds.</p>
  </div>
</main>
</body>
</html>
`;
