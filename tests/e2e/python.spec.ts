import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { editor, newEmail, pasteCode, signUp } from './helpers';

const solution = readFileSync('problems/kmeans-lloyd/solution.py', 'utf8');
// a typical slip: the mean divides by one point too many; and a print to see in the console
const wrongSolution = solution
  .replace('updated[c] = members.mean(axis=0)', 'updated[c] = members.sum(axis=0) / (len(members) + 1)')
  .replace('    n_iter = 0\n', '    n_iter = 0\n    print("k =", len(centroids))\n');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a new user picks Python on K-means: wrong answer with where and the same charts, then accepted; the choice is remembered', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  expect(wrongSolution).not.toBe(solution);
  await signUp(page, newEmail());
  await page.goto('/problems?q=k-means');
  await expect(page.locator('.problem-row').first().locator('.language-tag')).toHaveText(['TypeScript', 'Python']);
  await page.getByRole('link', { name: /K-means \(Lloyd's algorithm\)/ }).click();
  await expect(await editor(page)).toContainText('export function kmeans(');

  const picker = page.getByRole('group', { name: 'Language' });
  await picker.getByRole('button', { name: 'Python' }).click();
  await expect(picker.getByRole('button', { name: 'Python' })).toHaveAttribute('aria-pressed', 'true');
  await expect(await editor(page)).toContainText('def kmeans(');
  // the statement speaks Python: its signature and parameter names
  await expect(page.locator('.signature')).toContainText('def kmeans(X: list[list[float]], init_centroids: list[list[float]], max_iters: int, tol: float) -> KMeansResult:');
  await expect(page.locator('.statement code', { hasText: 'init_centroids' }).first()).toBeVisible();
  await expect(page.locator('.statement code', { hasText: /^initCentroids$/ })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('1-python-picked.png') });

  await pasteCode(page, wrongSolution);
  await page.keyboard.press('ControlOrMeta+Enter');
  const results = page.getByRole('region', { name: 'Results' });
  await expect(results.getByTestId('verdict')).toHaveText('Wrong answer', { timeout: 30_000 });
  await expect(results).toContainText('Run on the sample tests: 0 of 2 passed');
  await expect(results.getByText('Largest absolute error').first()).toBeVisible();
  await expect(results.locator('.mismatch dd').last()).toHaveText(/centroids\[\d\]\[\d\]|inertia|labels\[\d+\]/);
  await expect(results.getByRole('img', { name: /reference and candidate centroids/ }).first()).toBeVisible();
  await expect(results).toContainText('k = 2'); // the console output of a sample test
  await page.screenshot({ path: testInfo.outputPath('2-python-wrong-answer.png') });
  await results.screenshot({ path: testInfo.outputPath('2b-python-wrong-answer-details.png') });

  await pasteCode(page, solution);
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(results.getByTestId('verdict')).toHaveText('Accepted', { timeout: 30_000 });
  await expect(results).toContainText(/Submit on all tests: (\d+) of \1 passed · score 100%/);
  await expect(results.locator('.badge', { hasText: 'hidden' }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('3-python-accepted.png') });
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible({ timeout: 10_000 });

  // history is per language
  await expect(page.getByRole('tab', { name: 'Submissions (2)' })).toBeVisible();
  await picker.getByRole('button', { name: 'TypeScript' }).click();
  await expect(await editor(page)).toContainText('export function kmeans(');
  await expect(page.getByRole('tab', { name: 'Submissions', exact: true })).toBeVisible();

  // remembered: the next problem opens in Python, with the Python draft of this one kept
  await picker.getByRole('button', { name: 'Python' }).click();
  await page.goto('/problems/stable-softmax');
  await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Python' })).toHaveAttribute('aria-pressed', 'true');
  await expect(await editor(page)).toContainText('def softmax(');
  await page.goto('/problems/kmeans-lloyd');
  await expect(await editor(page)).toContainText('def assign(X, centroids):');

  await page.getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByTestId('stat-solved')).toContainText(/1 of \d+/);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/problems/kmeans-lloyd');
  await expect(await editor(page)).toContainText('def assign(X, centroids):');
  await page.screenshot({ path: testInfo.outputPath('4-python-phone.png'), fullPage: true });
  await page.goto('/problems');
  await page.screenshot({ path: testInfo.outputPath('5-catalog-phone.png'), fullPage: true });
});
