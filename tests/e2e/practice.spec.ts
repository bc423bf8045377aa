import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { editor, newEmail, password, pasteCode, signIn, signUp } from './helpers';

const solution = readFileSync('problems/kmeans-lloyd/solution.ts', 'utf8');
// a typical slip: the mean divides by one point too many
const wrongSolution = solution.replace('sums[k]!.map((s) => s / counts[k]!)', 'sums[k]!.map((s) => s / (counts[k]! + 1))');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a new user solves K-means: wrong answer with where, then accepted, then on the progress page', async ({ page, browser, baseURL }, testInfo) => {
  expect(wrongSolution).not.toBe(solution);
  const email = newEmail();
  await signUp(page, email);

  await page.goto('/problems?q=k-means');
  await page.getByRole('link', { name: /K-means \(Lloyd's algorithm\)/ }).click();
  await expect(page).toHaveURL(/\/problems\/kmeans-lloyd$/);
  const code = await editor(page);
  await expect(code).toContainText('export function kmeans(');
  await page.screenshot({ path: testInfo.outputPath('1-problem.png') });

  // wrong: Ctrl/Cmd+Enter runs the sample tests
  await pasteCode(page, wrongSolution);
  await page.keyboard.press('ControlOrMeta+Enter');
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByTestId('verdict')).toHaveText('Wrong answer', { timeout: 20_000 });
  await expect(results).toContainText('Run on the sample tests: 0 of 2 passed');
  // where: the first failing test is open with the size and place of the error, and the values
  await expect(results.getByText('Largest absolute error').first()).toBeVisible();
  await expect(results.locator('.mismatch dd').last()).toHaveText(/centroids\[\d\]\[\d\]|inertia|labels\[\d+\]/);
  await expect(results.getByRole('heading', { name: 'Expected' }).first()).toBeVisible();
  await expect(results.getByRole('heading', { name: 'Your output' }).first()).toBeVisible();
  await expect(results.getByRole('img', { name: /reference and candidate centroids/ }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('2-wrong-answer.png') });
  await results.screenshot({ path: testInfo.outputPath('2b-wrong-answer-details.png') });

  // fixed: Submit grades on every test, hidden ones included
  await pasteCode(page, solution);
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(results.getByTestId('verdict')).toHaveText('Accepted', { timeout: 20_000 });
  await expect(results).toContainText(/Submit on all tests: (\d+) of \1 passed · score 100%/);
  await expect(results.locator('.badge', { hasText: 'hidden' }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('3-accepted.png') });

  // history: both versions, and a diff between them
  await page.getByRole('tab', { name: /Submissions \(2\)/ }).click();
  const history = page.locator('.history-table tbody tr');
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText('Accepted');
  await expect(history.nth(1)).toContainText('Wrong answer');
  await history.nth(0).getByRole('button').click();
  await expect(page.getByText(/Changes from the version of .* to this one/)).toBeVisible();
  await expect(page.locator('.diff-frame .monaco-diff-editor')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.diff-frame .line-insert, .diff-frame .char-insert').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('4-history-diff.png') });

  // the draft follows the user to another browser
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible({ timeout: 10_000 });
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signIn(otherPage, email, password);
  await expect(otherPage.getByTestId('signed-in-as')).toContainText(email);
  await otherPage.goto('/problems/kmeans-lloyd');
  await expect(await editor(otherPage)).toContainText('function nearest(x: number[], centroids: number[][])');
  await other.close();

  // progress
  await page.getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByTestId('stat-solved')).toContainText(/1 of \d+/);
  const recent = page.getByTestId('recent-submissions');
  await expect(recent.locator('tbody tr').first()).toContainText('Accepted');
  await expect(recent).toContainText("K-means (Lloyd's algorithm)");
  await page.screenshot({ path: testInfo.outputPath('5-progress.png'), fullPage: true });
});

test('oversized code is refused with a clear message and stays in the editor', async ({ page }, testInfo) => {
  await signUp(page, newEmail());
  await page.goto('/problems/stable-softmax');
  const big = `// ${'x'.repeat(70 * 1024)}\nexport function softmax(x: number[]): number[] { return x; }\n`;
  await pasteCode(page, big);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  // the one message for oversized code, said before anything is sent, and the same when a save is refused
  await expect(page.getByRole('alert').filter({ hasText: 'Your code is' })).toHaveText(/^Your code is \d+ KB; the limit is 64 KB\. /);
  await expect(page.getByRole('status').filter({ hasText: 'Not saved' })).toContainText('the limit is 64 KB');
  await expect(await editor(page)).toContainText('export function softmax');
  await page.screenshot({ path: testInfo.outputPath('oversized.png') });
});
