import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { editor, newEmail, pasteCode, signUp } from './helpers';

// the only easy problem in Interpretability, so the draw is known
const SLUG = 'partial-dependence';
const TITLE = 'One-way partial dependence';
const solution = readFileSync(`problems/${SLUG}/solution.ts`, 'utf8');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Both widths the team checks: desktop and a phone. */
async function shoot(page: Page, name: string, path: (name: string) => string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: path(`${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path(`${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a candidate sets up a 1-minute mock interview from the catalog, types a correct solution and leaves without submitting; after the deadline the report shows it auto-submitted and Accepted, and /progress lists it', async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  const shot = (name: string) => testInfo.outputPath(name);
  const email = newEmail();
  await signUp(page, email);

  await page.goto('/problems');
  await page.getByRole('link', { name: 'Mock interview' }).click();
  await expect(page).toHaveURL(/\/mock-interviews\/new$/);
  await expect(page.getByRole('heading', { name: 'Presets' })).toBeVisible();
  await expect(page.getByRole('region', { name: '45 min: 2 medium ML problems' })).toBeVisible();
  await shoot(page, '1-setup', shot);

  const form = page.locator('form', { has: page.getByText('Difficulty mix') });
  // a mistake first: the form says what is wrong and keeps what was chosen
  await form.getByRole('checkbox', { name: /^Interpretability/ }).check();
  await form.getByLabel('Number of problems').selectOption('1');
  await form.getByLabel('Medium').fill('0');
  await form.getByLabel('Hard').fill('2');
  await form.getByLabel('Duration (minutes)').fill('1');
  await form.getByRole('button', { name: 'Start mock interview' }).click();
  await expect(form.getByText('The difficulty mix asks for more problems than the number chosen.')).toBeVisible();
  await expect(form.getByRole('checkbox', { name: /^Interpretability/ })).toBeChecked();
  await form.getByLabel('Hard').fill('0');
  await form.getByLabel('Easy').fill('1');
  await form.getByRole('button', { name: 'Start mock interview' }).click();

  // the timed workspace: Time left from the server, the drawn problem, autosave
  await expect(page).toHaveURL(/\/attempts\/[A-Za-z0-9_-]+$/);
  const attemptId = page.url().split('/').pop()!;
  await expect(page.getByRole('heading', { name: 'Mock interview', level: 1 })).toBeVisible();
  await expect(page.getByTestId('time-left')).toHaveText(/Time left 0[01]:\d\d/);
  await expect(page.getByRole('navigation', { name: 'Problems' })).toContainText(TITLE);
  await expect(page.getByRole('button', { name: 'Finish mock interview' })).toBeVisible();
  await editor(page);
  await pasteCode(page, solution);
  await expect(page.getByTestId('save-state')).toHaveText('Saved', { timeout: 15_000 });
  await shoot(page, '2-workspace', shot);

  // the candidate leaves without submitting: nothing is open on this attempt any more
  await page.goto('/progress');
  await expect(page.getByTestId('mock-history')).toContainText('In progress');
  const deadline = Date.parse((await (await page.request.get(`/api/attempts/${attemptId}/clock`)).json() as { deadlineAt: string }).deadlineAt);
  await page.close();

  // after the deadline, in a fresh browser: the deadline job handed the saved code in and it was graded
  const later = await browser.newContext({ baseURL, storageState: await page.context().storageState() });
  const report = await later.newPage();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())));
  await report.goto(`/mock-interviews/${attemptId}`);
  await expect(report.getByTestId('mock-status')).toHaveText('Auto-submitted at the deadline', { timeout: 60_000 });
  const problem = report.getByTestId(`report-${SLUG}`);
  await expect(problem.getByTestId(`final-${SLUG}`)).toContainText('Accepted', { timeout: 60_000 });
  await expect(problem).toContainText('Auto-submitted at the deadline');
  await expect(report.getByTestId('mock-score')).toHaveText('100%');
  // each test by name and verdict; the final code beside the package's common mistakes; time spent
  await expect(problem.getByRole('list', { name: `Tests of ${TITLE}` }).getByRole('listitem').first()).toContainText('Accepted');
  await expect(problem.getByRole('list', { name: `Common mistakes in ${TITLE}` })).toContainText('adds v to the feature instead of setting it to v');
  await expect(problem.locator('pre.code')).toContainText('export function partialDependence(');
  await expect(problem).toContainText(/time spent \d+ s/);
  await expect(problem).toContainText('drawn as easy from 1 you had not solved');
  // their own playback
  await problem.getByRole('button', { name: 'Playback' }).click();
  // the last snapshot is the pasted solution (an autosave may have caught the editor emptied before the paste)
  await problem.getByRole('slider').press('End');
  await expect(problem.locator('.playback-code')).toContainText('partialDependence');
  await shoot(report, '3-report', shot);

  // the history on /progress, with the score over time
  await report.goto('/progress');
  const history = report.getByTestId('mock-history');
  await expect(history).toContainText('100%');
  await expect(history).toContainText('Auto-submitted at the deadline');
  await expect(history).toContainText(TITLE);
  await expect(report.getByRole('img', { name: /Mock interview scores over time/ })).toBeVisible();
  await shoot(report, '4-progress', shot);

  // Submit after the deadline is refused with "Time is up"
  const late = await report.request.post(`/api/attempts/${attemptId}/submissions`, { data: { problemSlug: SLUG, kind: 'submit', code: solution }, headers: { origin: baseURL! } });
  expect(late.status()).toBe(409);
  expect(((await late.json()) as { error: { message: string } }).error.message).toMatch(/^Time is up/);
  await later.close();
});
