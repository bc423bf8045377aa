import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { editor, newEmail, pasteCode, signUp } from './helpers';

const softmaxSolution = readFileSync('problems/stable-softmax/solution.ts', 'utf8');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The page's width beyond the viewport: 0 when nothing scrolls sideways. */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The draft the server holds for this problem in TypeScript. */
async function serverDraft(page: Page, slug: string): Promise<{ code: string; version: number } | undefined> {
  const response = await page.request.get(`/api/problems/${slug}/draft`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { drafts: { typescript?: { code: string; version: number } } }).drafts.typescript;
}

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('no main page scrolls sideways; the header folds into a menu; the problem page is tabs', async ({ page }, testInfo) => {
    test.setTimeout(300_000); // a sign-up, seven pages and a Run on a busy machine
    await page.goto('/');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath('phone-0-home-signed-out.png') });
    const email = newEmail();
    // the sign-up form, then the signed-in header, behind the menu
    await page.goto('/sign-up');
    await page.getByLabel('Name').fill('Ada Lovelace');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
    await menu.click();
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await expect(page.getByTestId('signed-in-as')).toContainText(email);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('phone-1-menu-open.png') });
    // a slow navigation shows that it is loading (the catalog's data held back for a moment here)
    await page.route(/\/problems(\?|$)/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.getByRole('link', { name: 'Problems', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeAttached();
    await expect(page).toHaveURL(/\/problems$/);
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
    await page.unrouteAll();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');

    for (const path of ['/', '/problems', '/progress', '/organizations', '/organizations/new', '/problems/multi-head-attention', '/problems/stable-softmax']) {
      await page.goto(path);
      await expect(page.locator('main, .page, .hero').first()).toBeVisible();
      expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`phone-2${path.replace(/\//g, '_')}.png`), fullPage: true });
    }

    // the problem page: statement, code and results are tabs
    const panes = page.getByRole('tablist', { name: 'Show' });
    await expect(panes.getByRole('tab', { name: 'Statement' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.statement')).toBeVisible();
    await expect(page.locator('.editor-frame')).toBeHidden();
    await panes.getByRole('tab', { name: 'Code' }).click();
    await expect(page.locator('.statement')).toBeHidden();
    await editor(page);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath('phone-3-code.png') });
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    // a Run shows its results at once
    await expect(panes.getByRole('tab', { name: /Results/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('region', { name: 'Results' }).getByTestId('verdict')).toBeVisible({ timeout: 30_000 });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath('phone-4-results.png'), fullPage: true });
  });
});

test('typing at 40 characters a second loses and reorders nothing, across an autosave', async ({ page }) => {
  await signUp(page, newEmail());
  await page.goto('/problems/stable-softmax');
  const code = await editor(page);
  await pasteCode(page, 'export function softmax(z: number[][]): number[][] {\n  return z;\n}\n');
  await page.keyboard.press('ControlOrMeta+End');
  // words, digits and punctuation that trigger no auto-closing or indenting: what arrives must be exactly what was typed
  const first = '// the quick brown fox jumps over the lazy dog 0123456789 ~!@#$%^&*-+=;:,.?/ ';
  const second = 'pack my box with five dozen liquor jugs; sphinx of black quartz, judge my vow';
  await page.keyboard.type(first, { delay: 25 });
  // the autosave goes out while typing resumes
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible({ timeout: 15_000 });
  await page.keyboard.type(second, { delay: 25 });
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible({ timeout: 15_000 });
  const saved = await serverDraft(page, 'stable-softmax');
  expect(saved?.code).toBe(`export function softmax(z: number[][]): number[][] {\n  return z;\n}\n${first}${second}`);
  await expect(code.locator('.view-lines')).toContainText('sphinx of black quartz');
});

test('two tabs on one problem: the stale tab is told, and reloads theirs or keeps its own', async ({ page, context }, testInfo) => {
  await signUp(page, newEmail());
  await page.goto('/problems/stable-softmax');
  await editor(page);
  const second = await context.newPage();
  await second.goto('/problems/stable-softmax');
  await editor(second);

  // tab A saves first
  await page.bringToFront();
  await pasteCode(page, '// from tab A\nexport function softmax(z: number[][]): number[][] { return z; }\n');
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible({ timeout: 15_000 });

  // tab B, loaded before A's save, is not allowed to overwrite it silently
  await second.bringToFront();
  await pasteCode(second, '// from tab B\nexport function softmax(z: number[][]): number[][] { return z; }\n');
  const conflict = second.getByRole('alert').filter({ hasText: 'saved from another tab' });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(second.getByRole('status').filter({ hasText: 'changed in another tab' })).toBeVisible();
  expect((await serverDraft(second, 'stable-softmax'))?.code).toContain('from tab A');
  await second.screenshot({ path: testInfo.outputPath('two-tabs-conflict.png') });

  // "Reload theirs": B shows A's text
  await conflict.getByRole('button', { name: 'Reload theirs' }).click();
  await expect(conflict).toBeHidden();
  await expect((await editor(second)).locator('.view-lines')).toContainText('from tab A');
  await expect(second.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible();

  // B edits on from A's version; now A is the stale one, and keeps its own text knowingly
  await pasteCode(second, '// B, after reloading\nexport function softmax(z: number[][]): number[][] { return z; }\n');
  await expect(second.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible({ timeout: 15_000 });
  await page.bringToFront();
  await pasteCode(page, '// A insists\nexport function softmax(z: number[][]): number[][] { return z; }\n');
  const conflictA = page.getByRole('alert').filter({ hasText: 'saved from another tab' });
  await expect(conflictA).toBeVisible({ timeout: 15_000 });
  await conflictA.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible({ timeout: 15_000 });
  expect((await serverDraft(page, 'stable-softmax'))?.code).toContain('A insists');
});

test('feedback: runtime errors with their line, a type-error warning, my own input beside the reference, common mistakes once solved', async ({ page }, testInfo) => {
  test.setTimeout(360_000); // seven gradings, one sign-up and a Submit on a busy machine
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUp(page, newEmail());
  await page.goto('/problems/stable-softmax');
  await editor(page);
  const results = page.getByRole('region', { name: 'Results' });

  // the common mistakes are locked until solved
  await page.getByRole('tab', { name: /Common mistakes/ }).click();
  await expect(page.getByTestId('mistakes-locked')).toBeVisible();
  await page.getByRole('tab', { name: 'Description' }).click();

  // a runtime error says where in the candidate's own code, on every failing sample
  await pasteCode(page, 'export function softmax(z: number[][]): number[][] {\n  const first = z[0]!;\n  if (first.length > 0) throw new Error("not yet");\n  return z;\n}\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(results.getByTestId('verdict')).toHaveText('Runtime error', { timeout: 30_000 });
  await expect(results.locator('.test-message')).toHaveCount(2);
  await expect(results.locator('.test-message').first()).toHaveText(/Error: not yet \(line 3, column \d+\)/);
  await expect(results.locator('.test-message').nth(1)).toBeVisible();

  // a type error the editor underlines is a warning before running, not silence
  await pasteCode(page, 'export function softmax(z: number[][]): number[][] {\n  const n: number = "three";\n  return z;\n}\n');
  await expect(page.locator('.editor-frame .squiggly-error').first()).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const warning = page.getByRole('alert').filter({ hasText: /1 type error — run anyway\?/ });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('line 2');
  await page.screenshot({ path: testInfo.outputPath('type-error-warning.png') });
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(warning).toBeHidden();

  // a correct solution, then my own input against the reference
  await pasteCode(page, softmaxSolution);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(results.getByTestId('verdict')).toHaveText('Accepted', { timeout: 30_000 });
  await results.locator('.test').first().locator('summary').click();
  await results.getByRole('button', { name: 'Run with my input…' }).first().click();
  const form = page.getByRole('form', { name: 'Run with my input' });
  const z = form.getByRole('textbox');
  await z.fill('[[1, 2, "three"]]');
  await expect(form.getByText('z[0][2] must be a number')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Run on my input' })).toBeDisabled();
  await z.fill('[[1, 2, 3], [0, 0]]');
  await form.getByRole('button', { name: 'Run on my input' }).click();
  await expect(results.getByTestId('verdict')).toHaveText('Accepted', { timeout: 60_000 });
  await expect(results).toContainText('Run with your input: same as the reference');
  await expect(results.getByRole('heading', { name: 'Reference output' })).toBeVisible();
  await expect(results.getByRole('heading', { name: 'Your output' })).toBeVisible();
  await expect(results.getByRole('heading', { name: 'Reference output' }).locator('xpath=..')).toContainText('0.6652409558');
  await page.screenshot({ path: testInfo.outputPath('custom-input.png') });

  // a wrong solution on my input: the same diff view, with where it differs
  await pasteCode(page, softmaxSolution.replace('e / sum', 'e / (sum + 1)'));
  await form.getByRole('button', { name: 'Run on my input' }).click();
  await expect(results.getByTestId('verdict')).toHaveText('Wrong answer', { timeout: 60_000 });
  await expect(results).toContainText('Run with your input: differs from the reference');
  await expect(results.getByText('Largest absolute error')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('custom-input-wrong.png') });

  // solved: the common mistakes open, in words, without the tests that catch them
  await pasteCode(page, softmaxSolution);
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(results.getByTestId('verdict')).toHaveText('Accepted', { timeout: 60_000 });
  await page.getByRole('tab', { name: 'Common mistakes' }).click();
  const mistakes = page.getByTestId('common-mistakes');
  await expect(mistakes).toContainText('Normalizes over columns (axis 0) instead of rows.');
  await expect(mistakes).not.toContainText('equal values give a uniform row');
  await page.screenshot({ path: testInfo.outputPath('common-mistakes.png') });

  // history names the custom run, with relative times and the absolute one on hover
  await page.getByRole('tab', { name: /Submissions/ }).click();
  await expect(page.locator('.history-table')).toContainText('Run (my input)');
  await expect(page.locator('.history-table time').first()).toHaveText(/just now|minute/);
  await expect(page.locator('.history-table time').first()).toHaveAttribute('title', /\d{4}/);
});
