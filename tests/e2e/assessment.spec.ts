import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { editor, newEmail, password } from './helpers';

const kmeansSolution = readFileSync('problems/kmeans-lloyd/solution.ts', 'utf8');

async function signUpAs(page: Page, name: string, email: string) {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(email, { timeout: 20_000 });
}

/**
 * Writes code into the editor in pieces, the way a person pastes it (typing would trigger the editor's
 * auto-indent and closing brackets), pausing so autosave takes a snapshot of each: what the playback shows.
 * The page's context needs clipboard permissions.
 */
async function writeInPieces(page: Page, code: string, pieces: number) {
  const frame = await editor(page);
  await frame.locator('.view-lines').click();
  // the first piece replaces the starter code
  await page.keyboard.press('ControlOrMeta+A');
  const lines = code.split('\n');
  const size = Math.ceil(lines.length / pieces);
  for (let i = 0; i < lines.length; i += size) {
    await page.evaluate((text) => navigator.clipboard.writeText(text), lines.slice(i, i + size).join('\n') + (i + size < lines.length ? '\n' : ''));
    const saved = page.waitForResponse((r) => r.url().endsWith('/draft') && r.request().method() === 'PUT' && r.ok());
    await page.keyboard.press('ControlOrMeta+V');
    await saved;
    await expect(page.getByTestId('save-state')).toHaveText('Saved');
  }
}

test('a hiring team runs a 1-minute assessment: the candidate leaves without submitting, the deadline grades the work, the reviewer plays it back and decides', async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  const shot = (p: Page, name: string) => p.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  // the owner creates a hiring organization and a set with kmeans-lloyd
  await page.goto('/sign-up');
  await signUpAs(page, 'Hedy Owner', newEmail());
  await page.goto('/organizations/new');
  await page.getByLabel('Name', { exact: true }).fill('Acme ML hiring');
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Hiring' });
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByRole('heading', { name: 'Acme ML hiring' })).toBeVisible();
  const orgUrl = page.url();
  await page.getByRole('button', { name: 'New problem set' }).click();
  await page.getByLabel('Title', { exact: true }).fill('ML screen');
  await page.getByLabel('Add problem', { exact: true }).fill('K-means (Lloyd');
  await page.getByRole('list', { name: 'Search results' }).getByRole('listitem').filter({ hasText: "K-means (Lloyd's algorithm)" }).getByRole('button', { name: 'Add' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'ML screen' })).toBeVisible();

  // a 1-minute assessment; its invitation link is on its page
  await page.goto(`${orgUrl}/assessments`);
  await page.getByRole('link', { name: 'New assessment' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Clustering screen');
  await page.getByLabel('Time limit (minutes)').fill('1');
  await page.getByLabel('Instructions (Markdown)').fill('Implement **Lloyd’s algorithm**. Your code is saved as you type.');
  await shot(page, '01-new-assessment');
  await page.getByRole('button', { name: 'Create assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Clustering screen' })).toBeVisible();
  const assessmentUrl = page.url();
  const link = page.getByLabel('Candidate invitation link');
  await expect(link).toHaveValue(/\/join\/[A-Za-z0-9_-]{43}$/);
  const inviteUrl = await link.inputValue();
  await shot(page, '02-assessment-with-link');

  // the candidate, whose computer's clock is an hour slow, signs up from the invitation and starts
  const candidateContext = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  await candidateContext.addInitScript(() => {
    const RealDate = Date;
    const skew = -3_600_000;
    class SlowDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + skew);
        else super(...(args as [string]));
      }
      static now() {
        return RealDate.now() + skew;
      }
    }
    globalThis.Date = SlowDate as DateConstructor;
  });
  const candidate = await candidateContext.newPage();
  const candidateEmail = newEmail();
  await candidate.goto(inviteUrl);
  await expect(candidate.getByRole('heading', { name: 'Clustering screen' })).toBeVisible();
  await candidate.getByRole('button', { name: 'Join' }).click();
  await signUpAs(candidate, 'Alan Candidate', candidateEmail);
  await expect(candidate).toHaveURL(assessmentUrl);
  await expect(candidate.getByText('Implement Lloyd’s algorithm.')).toBeVisible();
  await shot(candidate, '03-instructions');
  await candidate.getByRole('button', { name: 'Start assessment' }).click();
  await expect(candidate).toHaveURL(/\/attempts\/[A-Za-z0-9_-]+$/);
  const attemptUrl = candidate.url();
  // Time left follows the server, not the slow clock: about a minute, not an hour and a minute
  await expect(candidate.getByTestId('time-left')).toHaveText(/^Time left 00:[0-5]\d$/);
  await writeInPieces(candidate, kmeansSolution, 3);
  await shot(candidate, '04-workspace');
  await candidate.setViewportSize({ width: 390, height: 844 });
  await shot(candidate, '04b-workspace-phone');
  // and closes the browser without submitting
  await candidateContext.close();

  // after the deadline the reviewer sees kmeans-lloyd graded and auto-submitted
  const seats = page.getByTestId('seats');
  await expect(async () => {
    await page.reload();
    await expect(seats).toContainText('Auto-submitted at the deadline', { timeout: 1_000 });
    await expect(seats).toContainText('100%', { timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [3_000] });
  await shot(page, '05-candidates');
  await seats.getByRole('link', { name: 'Alan Candidate' }).click();
  const report = page.getByTestId('report-kmeans-lloyd');
  await expect(report.getByText('Final code: Accepted')).toBeVisible();
  await expect(report.getByText('Auto-submitted at the deadline')).toBeVisible();

  // the playback replays the typing, snapshot by snapshot
  await report.getByRole('button', { name: 'Playback' }).click();
  const slider = report.getByLabel('Playback position');
  await expect(slider).toBeVisible();
  await slider.fill('0');
  await expect(report.getByTestId('playback-position')).toContainText('Snapshot 1 of 3');
  const firstLines = kmeansSolution.split('\n').slice(0, 3).join('\n');
  await expect(report.getByTestId('playback-code')).toContainText(firstLines);
  await expect(report.getByTestId('playback-code')).not.toContainText('nIter,\n  };');
  await report.getByLabel('Playback speed').selectOption('16');
  await report.getByRole('button', { name: 'Play' }).click();
  await expect(report.getByTestId('playback-position')).toContainText('Snapshot 3 of 3', { timeout: 20_000 });
  expect(await report.getByTestId('playback-code').textContent()).toBe(kmeansSolution);
  await shot(page, '06-report-playback');

  // the scorecard and the decision
  const scorecard = page.getByRole('form', { name: 'Your scorecard' });
  for (const [criterion, rating] of [['Correctness', 4], ['Code quality', 3], ['Numerical care', 3], ['Communication', 2]] as const) {
    await scorecard.getByRole('radio', { name: new RegExp(`^${criterion}: ${rating}`) }).check();
  }
  await scorecard.getByLabel('Notes on Correctness').fill('Handles empty clusters and ties as specified.');
  await scorecard.getByLabel('Notes', { exact: true }).fill('Solid; worth a second round.');
  await scorecard.getByLabel('Decision').selectOption({ label: 'Advance' });
  await scorecard.getByRole('button', { name: 'Save review' }).click();
  await expect(scorecard.getByText('Review saved.')).toBeVisible();
  await shot(page, '07-scorecard');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, '07b-report-phone');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(assessmentUrl);
  await expect(seats).toContainText('Advance');

  // the candidate comes back: the attempt says Time is up, and a Submit is refused
  const later = await browser.newContext({ baseURL });
  const back = await later.newPage();
  await back.goto(`/sign-in?next=${encodeURIComponent(new URL(attemptUrl).pathname)}`);
  await back.getByLabel('E-mail').fill(candidateEmail);
  await back.getByLabel('Password').fill(password);
  await back.getByRole('button', { name: 'Sign in' }).click();
  await expect(back.getByTestId('attempt-ended')).toContainText('Time is up.');
  await expect(back.getByRole('button', { name: 'Submit', exact: true })).toBeDisabled();
  await shot(back, '08-time-is-up');
  await back.setViewportSize({ width: 390, height: 844 });
  await shot(back, '08b-time-is-up-phone');
  const attemptId = new URL(attemptUrl).pathname.split('/').at(-1)!;
  const refused = await back.request.post(`/api/attempts/${attemptId}/submissions`, { headers: { Origin: new URL(baseURL!).origin }, data: { problemSlug: 'kmeans-lloyd', kind: 'submit', code: kmeansSolution } });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^Time is up/);
  // the candidate never sees the review
  const reportAsCandidate = await back.request.get(`/api/attempts/${attemptId}/report`);
  expect(reportAsCandidate.status()).toBe(404);
  await back.goto(assessmentUrl);
  await expect(back.getByText('Your work was handed in automatically at the deadline.')).toBeVisible();
  await expect(back.locator('body')).not.toContainText('worth a second round');
  await later.close();

  // the CSV has the candidate's row
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
  expect(csv[0]).toContain('kmeans-lloyd %');
  expect(csv.find((l) => l.includes(candidateEmail))).toMatch(/^Alan Candidate,.*,Auto-submitted at the deadline,.*,100,100,/);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, '09-candidates-phone');
});
