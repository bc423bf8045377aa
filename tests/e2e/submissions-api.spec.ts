import { expect, test } from '@playwright/test';
import { newEmail, signUp } from './helpers';

const code = 'export function softmax(z: number[][]): number[][] { return z; }';

test('the submissions API refuses bad requests with clear messages', async ({ page, browser, baseURL }) => {
  // a script or tool says where it comes from, as a browser does
  const headers = { Origin: new URL(baseURL!).origin };
  // signed out
  const anonymous = await browser.newContext({ baseURL, extraHTTPHeaders: headers });
  const signedOut = await anonymous.request.post('/api/submissions', { data: { problemSlug: 'stable-softmax', kind: 'run', code } });
  expect(signedOut.status()).toBe(401);
  await anonymous.close();

  await signUp(page, newEmail());
  const api = page.request;
  await page.context().setExtraHTTPHeaders(headers);
  const malformed = await api.post('/api/submissions', { headers: { 'Content-Type': 'application/json' }, data: Buffer.from('{"problemSlug":') });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error.message).toBe('The request body is not valid JSON.');
  expect((await api.post('/api/submissions', { data: { problemSlug: 'stable-softmax', kind: 'grade-me', code } })).status()).toBe(400);

  const unknown = await api.post('/api/submissions', { data: { problemSlug: 'no-such-problem', kind: 'run', code } });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.message).toBe('There is no problem "no-such-problem".');
  expect((await api.get('/api/submissions/not-an-id!')).status()).toBe(404);
  expect((await api.put('/api/problems/no-such-problem/draft', { data: { code } })).status()).toBe(404);

  // one user's submission is invisible to another
  const created = await api.post('/api/submissions', { data: { problemSlug: 'stable-softmax', kind: 'run', code } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await api.get(`/api/submissions/${id}`)).status()).toBe(200);
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signUp(otherPage, newEmail());
  for (const path of [`/api/submissions/${id}`, `/api/submissions/${id}/code`, `/api/submissions/${id}/events`]) {
    const response = await otherPage.request.get(path);
    expect(response.status(), path).toBe(404);
  }
  await other.close();

  // the per-user rate limit
  const statuses: number[] = [];
  for (let i = 0; i < 20; i++) statuses.push((await api.post('/api/submissions', { data: { problemSlug: 'stable-softmax', kind: 'run', code } })).status());
  expect(statuses.filter((s) => s === 201)).toHaveLength(19);
  const limited = statuses.findIndex((s) => s === 429);
  expect(limited).toBe(19);
  const refused = await api.post('/api/submissions', { data: { problemSlug: 'stable-softmax', kind: 'run', code } });
  expect(refused.status()).toBe(429);
  expect((await refused.json()).error.message).toMatch(/20 times a minute/);
});
