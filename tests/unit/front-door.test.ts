import { describe, expect, it } from 'vitest';
import { assertSameOrigin } from '../../lib/server/http/assert-same-origin';
import { findControlCharacter } from '../../lib/server/http/find-control-character';
import { contentSecurityPolicy } from '../../lib/server/http/security-headers';
import { claimEventStreamSlot, MAX_EVENT_STREAMS_PER_USER } from '../../lib/server/submissions/event-stream-slots';
import { describeWait } from '../../lib/server/accounts/auth-rate-limits';

const APP = 'https://grader.example.org';

function request(method: string, headers: Record<string, string>): Request {
  return new Request(`${APP}/api/submissions`, { method, headers });
}

describe('state-changing requests come from the app', () => {
  it('lets reads through whatever their origin', () => {
    expect(() => assertSameOrigin(request('GET', { origin: 'https://evil.example' }), APP)).not.toThrow();
  });

  it('accepts the app origin, or the host the request was sent to', () => {
    expect(() => assertSameOrigin(request('POST', { origin: APP }), APP)).not.toThrow();
    expect(() => assertSameOrigin(request('PUT', { origin: 'http://localhost:3000', host: 'localhost:3000' }), APP)).not.toThrow();
    expect(() => assertSameOrigin(request('POST', { 'sec-fetch-site': 'same-origin' }), APP)).not.toThrow();
  });

  it.each([
    [{ origin: 'https://evil.example' }],
    [{ origin: 'https://evil.example', host: 'grader.example.org' }],
    [{ origin: 'null' }],
    [{ 'sec-fetch-site': 'cross-site' }],
    [{}],
  ])('refuses %j with 403', (headers) => {
    expect(() => assertSameOrigin(request('POST', headers), APP)).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });
});

describe('control characters in input', () => {
  it('names the field and the code point', () => {
    expect(findControlCharacter({ problemSlug: 'x', code: 'a\u0000b' })).toEqual({ field: 'code', codePoint: 'U+0000' });
    expect(findControlCharacter({ items: [{ name: 'ok' }, { name: 'bell\u0007' }] })).toEqual({ field: 'items.1.name', codePoint: 'U+0007' });
  });

  it('allows tabs, newlines and every printable character', () => {
    expect(findControlCharacter({ code: 'def f(x):\r\n\treturn x  # π ≤ ∞ 😀' })).toBeNull();
  });
});

describe('content security policy', () => {
  it('allows scripts only with the nonce, frames nowhere, eval only in development', () => {
    const production = contentSecurityPolicy({ nonce: 'abc', dev: false, https: true });
    expect(production).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(production).toContain("frame-ancestors 'none'");
    expect(production).toContain("object-src 'none'");
    expect(production).toContain('upgrade-insecure-requests');
    expect(production).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy({ nonce: 'abc', dev: true, https: false })).toContain("'unsafe-eval'");
  });
});

describe('live-status streams per user', () => {
  it('are capped per process, and a released slot can be taken again', () => {
    const releases = Array.from({ length: MAX_EVENT_STREAMS_PER_USER }, () => claimEventStreamSlot('u1'));
    expect(() => claimEventStreamSlot('u1')).toThrow(expect.objectContaining({ code: 'too_many_requests' }));
    expect(() => claimEventStreamSlot('u2')()).not.toThrow();
    releases[0]!();
    releases[0]!(); // a second release does not free another slot
    const again = claimEventStreamSlot('u1');
    expect(() => claimEventStreamSlot('u1')).toThrow();
    [again, ...releases.slice(1)].forEach((release) => release());
  });
});

describe('waiting times in messages', () => {
  it.each([
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [899, '15 minutes'],
  ])('%i s reads "%s"', (seconds, text) => expect(describeWait(seconds)).toBe(text));
});
