import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { newEmail, signUp } from './helpers';

test('a signed-out visitor is sent to sign in, then back to the problem they asked for', async ({ page }, testInfo) => {
  await page.goto('/problems/kmeans-lloyd');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fproblems%2Fkmeans-lloyd$/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Name').fill('Grace Hopper');
  await page.getByLabel('E-mail').fill(`catalog-${randomUUID().slice(0, 8)}@example.test`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();

  // account creation, sign-in and the first render of the problem page: slow on a loaded machine
  await expect(page).toHaveURL(/\/problems\/kmeans-lloyd$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/k-means/i);
  await expect(page.locator('.signature')).toContainText('export function kmeans(X: number[][], initCentroids: number[][], maxIters: number, tol: number)');
  // math is rendered by KaTeX on the server
  await expect(page.locator('.statement .katex').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('problem-page.png'), fullPage: true });

  await page.getByRole('link', { name: '← All problems' }).click();
  const count = page.getByTestId('catalog-count');
  await expect(count).toHaveText(/^\d+ problems$/);
  const total = Number((await count.textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThanOrEqual(50);
  await page.screenshot({ path: testInfo.outputPath('catalog.png'), fullPage: true });

  // filters apply as they change, no button to press
  await page.getByLabel('Topic', { exact: true }).selectOption('clustering');
  await expect(count).toHaveText(new RegExp(`^\\d+ of ${total} problems$`));
  await expect(page.getByRole('link', { name: /k-means/i }).first()).toBeVisible();
  await expect(page.locator('.topic-group h2')).toHaveText(['Clustering']);
  await page.getByLabel('Search problems').fill('no problem has this title');
  await expect(page.getByText('No problem matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(count).toHaveText(`${total} problems`);

  const missing = await page.goto('/problems/no-such-problem');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});

test('the catalog finds a problem by what it teaches, groups it by topic, and keeps the search in its address', async ({ page }, testInfo) => {
  await signUp(page, newEmail());
  await page.goto('/problems');
  const count = page.getByTestId('catalog-count');
  const total = Number((await count.textContent())!.split(' ')[0]);
  const search = page.getByLabel('Search problems');
  const titles = page.locator('.problem-row-main a');

  await search.fill('backprop');
  await expect(page).toHaveURL(/\/problems\?q=backprop$/);
  await expect(titles.filter({ hasText: 'Backpropagation through a ReLU MLP' })).toBeVisible();
  await expect(titles.filter({ hasText: 'Batch normalization backward pass' })).toBeVisible();
  await expect(titles.filter({ hasText: /k-means/i })).toHaveCount(0);
  await expect(count).toHaveText(new RegExp(`^\\d+ of ${total} problems$`));
  // every problem shown teaches it, and says so under its title
  for (const row of await page.locator('.problem-row').all()) await expect(row).toContainText(/backprop/i);
  await page.screenshot({ path: testInfo.outputPath('search-backprop.png'), fullPage: true });

  await search.fill('AUC');
  await expect(titles.filter({ hasText: 'ROC curve and AUC with tied scores' })).toBeVisible();
  for (const row of await page.locator('.problem-row').all()) await expect(row).toContainText(/auc/i);

  await search.fill('attention');
  await expect(page.locator('.topic-group h2').first()).toHaveText('Attention');
  await expect(titles.filter({ hasText: 'Multi-head attention (forward)' })).toBeVisible();
  await expect(titles.filter({ hasText: 'Scaled dot-product attention with a mask' })).toBeVisible();

  // the search survives a reload, and combines with the difficulty filter
  await page.getByLabel('Difficulty').selectOption('hard');
  await expect(page).toHaveURL(/\?q=attention&difficulty=hard$/);
  await page.reload();
  await expect(search).toHaveValue('attention');
  await expect(titles.filter({ hasText: 'Multi-head attention (forward)' })).toBeVisible();
  await expect(titles.filter({ hasText: 'Scaled dot-product attention with a mask' })).toHaveCount(0); // medium
  for (const pill of await page.locator('.problem-row .pill').all()) await expect(pill).toHaveText('hard');

  // a phone: nothing scrolls sideways, rows stack
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/problems?q=gradient');
  await expect(titles.first()).toBeVisible();
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const rightmost = Math.max(...[...main.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right));
    return { scroll: main.scrollWidth - main.clientWidth, rightmost };
  });
  expect(overflow.scroll).toBe(0);
  expect(overflow.rightmost).toBeLessThanOrEqual(390);
  await page.screenshot({ path: testInfo.outputPath('search-gradient-phone.png'), fullPage: true });
});

test('a statement shows ≠ as one symbol and its sources by study sheet title and section', async ({ page }, testInfo) => {
  await signUp(page, newEmail());
  await page.goto('/problems/multi-head-attention');
  const sources = page.getByTestId('problem-sources');
  await expect(sources).toContainText('ML Algorithm Templates, “4. Transformer & Attention”');
  await expect(sources).not.toContainText('.txt');
  await expect(page.locator('.statement')).not.toContainText('Source:');
  // KaTeX draws \neq as a slash laid over "="; with the stylesheet of another KaTeX version the slash sat beside it: "/="
  const neq = page.locator('.statement .katex', { has: page.locator('annotation', { hasText: 'n\\neq m' }) });
  await neq.scrollIntoViewIfNeeded();
  const boxes = await neq.evaluate((katex) => {
    const slash = katex.querySelector('.katex-html .rlap')!.getBoundingClientRect();
    const equals = [...katex.querySelectorAll('.katex-html .mrel')].find((el) => el.textContent === '=')!.getBoundingClientRect();
    return { slashLeft: slash.left, equalsLeft: equals.left, equalsRight: equals.right };
  });
  expect(boxes.slashLeft).toBeGreaterThanOrEqual(boxes.equalsLeft - 1);
  expect(boxes.slashLeft).toBeLessThan(boxes.equalsRight);
  await neq.screenshot({ path: testInfo.outputPath('neq.png') });
});
