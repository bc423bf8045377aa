import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { passesWhileRecovering, RECOVERING_RETRY_SECONDS, sendRecovering } from '../../../lib/server/http/recovering-response';
import { isDatabaseUnavailable } from '../../../lib/server/db/is-database-unavailable';
import { errorResponse } from '../../../lib/server/errors';

function answer(url: string, method: string, accept: string) {
  const headers: Record<string, string> = {};
  const res = {
    statusCode: 200,
    body: '',
    setHeader: (k: string, v: string) => void (headers[k.toLowerCase()] = v),
    end: (body?: string) => void (res.body = body ?? ''),
  };
  sendRecovering({ url, method, headers: { accept } } as unknown as IncomingMessage, res as unknown as ServerResponse);
  return { status: res.statusCode, headers, body: res.body };
}

describe('the web server while the database is down', () => {
  it('shows a browser a page that says the service is recovering and reloads itself, with no script', () => {
    const { status, headers, body } = answer('/problems/stable-softmax', 'GET', 'text/html,application/xhtml+xml');
    expect(status).toBe(503);
    expect(headers['retry-after']).toBe(String(RECOVERING_RETRY_SECONDS));
    expect(headers['content-type']).toMatch(/text\/html/);
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(body).toContain('The service is recovering');
    expect(body).toContain(`http-equiv="refresh" content="${RECOVERING_RETRY_SECONDS}"`);
    expect(body).not.toMatch(/<script/i);
  });

  it('answers the API with the usual error shape, code unavailable', () => {
    const { status, headers, body } = answer('/api/submissions', 'POST', '*/*');
    expect(status).toBe(503);
    expect(headers['content-type']).toBe('application/json');
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'unavailable', retryAfterSeconds: RECOVERING_RETRY_SECONDS } });
  });

  it('still serves build files and the health check', () => {
    expect(passesWhileRecovering('/_next/static/chunks/app.js')).toBe(true);
    expect(passesWhileRecovering('/api/health?x=1')).toBe(true);
    expect(passesWhileRecovering('/api/me')).toBe(false);
    expect(passesWhileRecovering('/')).toBe(false);
  });
});

describe('an error that only says the database cannot be reached', () => {
  // what Prisma with @prisma/adapter-pg threw when PostgreSQL had been killed (measured)
  const prismaUnreachable = Object.assign(new Error("Raw query failed. Message: `Can't reach database server at 127.0.0.1:56810`"), {
    code: 'P2010',
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 56810 } } },
  });

  it('is recognised through Prisma’s wrapping, pg’s and PostgreSQL’s own codes', () => {
    expect(isDatabaseUnavailable(prismaUnreachable)).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: 'P2002' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
  });

  it('becomes a 503 "recovering" answer, not a 500', async () => {
    const response = errorResponse(prismaUnreachable);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe(String(RECOVERING_RETRY_SECONDS));
    expect(await response.json()).toMatchObject({ error: { code: 'unavailable', message: expect.stringContaining('recovering') } });
  });
});
