import { expect, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';

export const password = 'correct horse battery';

export function newEmail(): string {
  return `e2e-${randomUUID().slice(0, 8)}@example.test`;
}

export async function fillSignUp(page: Page, email: string, pass = password) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Ada Lovelace');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(pass);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Signs up and waits until the new session shows in the header. */
export async function signUp(page: Page, email: string) {
  await fillSignUp(page, email);
  await expect(page.getByTestId('signed-in-as')).toContainText(email);
}

/** Signs in through the form at `path` (a sign-in page, possibly with a `next` address). */
export async function signIn(page: Page, email: string, pass: string, path = '/sign-in') {
  await page.goto(path);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(pass);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

/** The Monaco editor on a problem page, once it has loaded. */
export async function editor(page: Page) {
  const frame = page.locator('.editor-frame .monaco-editor');
  await expect(frame.locator('.view-lines')).toBeVisible({ timeout: 30_000 });
  return frame;
}

/**
 * Replaces the editor's content the way a person pastes code (typing would trigger the editor's
 * auto-closing brackets). The page's context needs clipboard permissions.
 */
export async function pasteCode(page: Page, code: string) {
  const frame = await editor(page);
  await frame.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.evaluate((text) => navigator.clipboard.writeText(text), code);
  await page.keyboard.press('ControlOrMeta+V');
  // the editor draws only the lines in view; after a paste that is the end of the code
  await expect(frame.locator('.view-lines')).toContainText(code.trim().split('\n').at(-1)!.trim().slice(0, 30));
}
