import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from './lib/server/http/security-headers';

/**
 * Per request: a fresh nonce in the Content-Security-Policy (Next reads it from the request's header
 * and puts it on the scripts it renders), and HSTS when the app is served over https.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const https = (process.env.APP_URL ?? '').startsWith('https:');
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development', https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // pages and API routes; static build files carry the static headers from next.config.ts only
  matcher: [{ source: '/((?!_next/static|_next/image|icon.svg).*)' }],
};
