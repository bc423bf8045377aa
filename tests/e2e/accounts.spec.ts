import { expect, test } from '@playwright/test';
import { fillSignUp, newEmail, password, signIn, signOut, signUp } from './helpers';

test('a new user signs up, signs out and signs in again', async ({ page }, testInfo) => {
  const email = newEmail();
  await signUp(page, email);
  await expect(page.getByRole('heading', { name: 'Welcome, Ada Lovelace' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('signed-up.png'), fullPage: true });

  await signOut(page);
  await expect(page.getByTestId('signed-in-as')).toHaveCount(0);

  await signIn(page, email, password);
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
});

test('a wrong password gets a clear message and no session', async ({ page }, testInfo) => {
  const email = newEmail();
  await signUp(page, email);
  await signOut(page);

  await signIn(page, email, 'not the password');
  await expect(page.getByTestId('form-error')).toHaveText('Wrong e-mail or password.');
  await expect(page.getByLabel('E-mail')).toHaveValue(email);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await page.screenshot({ path: testInfo.outputPath('wrong-password.png'), fullPage: true });
  expect((await page.request.get('/api/me')).status()).toBe(401);
});

test('a duplicate e-mail gets a clear message', async ({ page, browser }) => {
  const email = newEmail();
  await signUp(page, email);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await fillSignUp(other, email.toUpperCase(), 'another password');
  await expect(other.getByTestId('form-error')).toContainText('An account with this e-mail already exists');
  await expect(other.getByText('An account with this e-mail already exists.', { exact: true })).toBeVisible();
  await otherContext.close();
});

test('invalid sign-up fields are explained next to the field', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('A');
  await page.getByLabel('E-mail').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a valid e-mail address.')).toBeVisible();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
});

test("a signed-out session's cookie is refused", async ({ page, context, playwright }) => {
  const email = newEmail();
  await signUp(page, email);
  const cookies = await context.cookies();
  const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { cookie: cookieHeader } });
  expect((await api.get('/api/me')).status()).toBe(200);

  await signOut(page);

  const replay = await api.get('/api/me');
  expect(replay.status()).toBe(401);
  await api.dispose();
});
