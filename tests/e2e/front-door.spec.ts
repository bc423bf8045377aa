import { expect, test } from '@playwright/test';
import { newEmail, password, signIn, signUp, signOut } from './helpers';

const code = 'export function softmax(z: number[][]): number[][] { return z; }';

test('writes from another site, in another format or with control characters are refused', async ({ page, baseURL }) => {
  await signUp(page, newEmail());
  const api = page.request;
  const origin = new URL(baseURL!).origin;
  const body = { problemSlug: 'stable-softmax', kind: 'run', code };

  const foreign = await api.post('/api/submissions', { headers: { Origin: 'https://evil.example' }, data: body });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error.message).toMatch(/another site/);
  const noOrigin = await api.post('/api/submissions', { data: body });
  expect(noOrigin.status()).toBe(403);
  const plain = await api.post('/api/submissions', { headers: { Origin: origin, 'Content-Type': 'text/plain' }, data: JSON.stringify(body) });
  expect(plain.status()).toBe(415);
  for (const path of ['/api/submissions', '/api/problems/stable-softmax/draft']) {
    const send = path.endsWith('draft') ? api.put.bind(api) : api.post.bind(api);
    const nul = await send(path, { headers: { Origin: origin }, data: { ...body, code: 'export function softmax(z) {\u0000 return z; }' } });
    expect(nul.status(), path).toBe(400);
    expect((await nul.json()).error.message).toMatch(/control character \(U\+0000\)/);
  }
  const ok = await api.post('/api/submissions', { headers: { Origin: origin }, data: body });
  expect(ok.status()).toBe(201);
});

test('every response carries the security headers, pages a nonce-based policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/sign-in');
  const headers = response!.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  const csp = headers['content-security-policy']!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/);
  expect(csp).not.toContain('unsafe-eval');
  // the page's scripts carry this response's nonce (browsers hide it from attributes, not from the property)
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  const withNonce = await page.evaluate((value) => Array.from(document.scripts).filter((s) => s.nonce === value).length, nonce);
  expect(withNonce).toBeGreaterThan(0);
  // and a page that loads the editor, its workers and charts breaks no rule
  await signUp(page, newEmail());
  await page.goto('/problems/stable-softmax');
  await expect(page.locator('.editor-frame .monaco-editor .view-lines')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByText(/Run on the sample tests/)).toBeVisible({ timeout: 30_000 });
  expect(violations).toEqual([]);
  const api = await page.request.get('/api/health');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});

test('a return address on another site is ignored after signing in', async ({ page, baseURL }) => {
  const email = newEmail();
  await signUp(page, email);
  await signOut(page);
  for (const next of ['%2F%09%2Fevil.example', 'https%3A%2F%2Fevil.example%2F', '%2F%2Fevil.example', '%2F%5Cevil.example']) {
    await signIn(page, email, password, `/sign-in?next=${next}`);
    await expect(page.getByTestId('signed-in-as')).toContainText(email);
    expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
    await signOut(page);
  }
  await signIn(page, email, password, '/sign-in?next=%2Fprogress');
  await expect(page).toHaveURL(/\/progress$/, { timeout: 20_000 });
});

test('after five wrong passwords the sign-in form says how long to wait, and the right one waits too', async ({ page }) => {
  const email = newEmail();
  await signUp(page, email);
  await signOut(page);
  for (let i = 0; i < 4; i++) {
    await signIn(page, email, `wrong password ${i}`);
    await expect(page.getByTestId('form-error')).toHaveText('Wrong e-mail or password.');
  }
  await signIn(page, email, 'wrong password 5');
  await expect(page.getByTestId('form-error')).toContainText(/too many failed attempts\. Try again in \d+ (minutes?|seconds?)\./);
  await signIn(page, email, password);
  await expect(page.getByTestId('form-error')).toContainText(/Too many failed sign-ins for this account\. Try again in/);
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);
});

test('the sign-in API takes the same limits, and a forged X-Forwarded-For does not reset them', async ({ page, baseURL }) => {
  const email = newEmail();
  await signUp(page, email);
  const origin = new URL(baseURL!).origin;
  const api = page.request;
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) {
    const response = await api.post('/api/auth/sign-in/email', { headers: { Origin: origin, 'X-Forwarded-For': `198.51.100.${i}` }, data: { email, password: `wrong ${i}` } });
    statuses.push(response.status());
  }
  expect(statuses).toEqual([401, 401, 401, 401, 429]);
  const right = await api.post('/api/auth/sign-in/email', { headers: { Origin: origin, 'X-Forwarded-For': '203.0.113.7' }, data: { email, password } });
  expect(right.status()).toBe(429);
  expect(Number(right.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await right.json()).error.message).toMatch(/Too many failed sign-ins for this account\. Try again in/);
});
