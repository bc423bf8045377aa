import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';

test('a signed-out visitor is sent to sign in, then back to the problem they asked for', async ({ page }, testInfo) => {
  await page.goto('/problems/kmeans-lloyd');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fproblems%2Fkmeans-lloyd$/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Name').fill('Grace Hopper');
  await page.getByLabel('E-mail').fill(`catalog-${randomUUID().slice(0, 8)}@example.test`);
  await page.getByLabel('Password').fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/problems\/kmeans-lloyd$/);
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

  await page.getByLabel('Topic').selectOption('clustering');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('link', { name: /k-means/i }).first()).toBeVisible();
  const filtered = Number((await count.textContent())!.split(' ')[0]);
  expect(filtered).toBeLessThan(total);
  for (const cell of await page.locator('tbody tr td:nth-child(2)').allTextContents()) expect(cell).toBe('Clustering');

  await page.getByLabel('Search by title').fill('no problem has this title');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('No problem matches these filters.')).toBeVisible();

  const missing = await page.goto('/problems/no-such-problem');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
});
