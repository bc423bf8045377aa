import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ReturnPath, SignInInput, SignUpInput } from '../../lib/server/accounts/schemas';

beforeAll(() => {
  vi.stubEnv('APP_URL', 'https://grader.example.org');
  vi.stubEnv('DATABASE_URL', 'postgresql://unused@127.0.0.1:1/unused');
  vi.stubEnv('BETTER_AUTH_SECRET', 'x'.repeat(32));
});

describe('sign-up input', () => {
  it('normalizes the e-mail and keeps a same-site return path', () => {
    const parsed = SignUpInput.parse({ name: ' Ada ', email: ' Ada@Example.COM ', password: 'long enough', next: '/problems/kmeans-lloyd' });
    expect(parsed).toEqual({ name: 'Ada', email: 'ada@example.com', password: 'long enough', next: '/problems/kmeans-lloyd' });
  });

  it('rejects a short password and a malformed e-mail with field messages', () => {
    const result = SignUpInput.safeParse({ name: 'A', email: 'not-an-email', password: 'short' });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
  });
});

describe('return path after sign-in', () => {
  it.each([
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/%09/evil.example', '/%09/evil.example'],
    ['/ /evil.example', '/'],
    ['/\u0000/x', '/'],
    ['/\u00a0/evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['http://grader.example.org.evil.example/', '/'],
    ['https://grader.example.org/problems?topic=metrics#top', '/problems?topic=metrics#top'],
    ['http://grader.example.org/progress', '/'],
    [undefined, '/'],
    ['', '/'],
    ['/progress', '/progress'],
    ['/join/abc123', '/join/abc123'],
  ])('%s becomes %s', (input, expected) => {
    expect(ReturnPath.parse(input)).toBe(expected);
  });

  it('is part of the sign-in input', () => {
    expect(SignInInput.parse({ email: 'a@b.co', password: 'x', next: '//x' }).next).toBe('/');
  });
});
