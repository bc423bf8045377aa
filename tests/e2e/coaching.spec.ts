import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { editor, newEmail, password, pasteCode } from './helpers';

const kmeansSolution = readFileSync('problems/kmeans-lloyd/solution.ts', 'utf8');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function signUpAs(page: Page, name: string, email: string) {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toContainText(email, { timeout: 20_000 });
}

/** A date-time some days ahead (or back), as a datetime-local input takes it (the browser's own time zone). */
function localDateTime(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setMinutes(0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:00`;
}

test('a coach invites a candidate, assigns a set with a due date, and sees it solved in the cohort and its CSV', async ({ page, browser, baseURL }, testInfo) => {
  test.setTimeout(180_000);
  const shot = (p: Page, name: string) => p.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });

  // the coach creates a coaching organization
  await page.goto('/sign-up');
  await signUpAs(page, 'Grace Coach', newEmail());
  await page.goto('/organizations/new');
  await page.getByLabel('Name', { exact: true }).fill('Spring ML cohort');
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Coaching' });
  await shot(page, '01-new-organization');
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page.getByRole('heading', { name: 'Spring ML cohort' })).toBeVisible();
  const orgUrl = page.url();
  await page.goto('/organizations');
  await expect(page.getByRole('link', { name: 'Spring ML cohort' })).toBeVisible();

  // an invitation link for a candidate
  await page.goto(`${orgUrl}/members`);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Candidate' });
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = page.getByLabel('Candidate invitation link');
  await expect(link).toHaveValue(/\/join\/[A-Za-z0-9_-]{43}$/);
  const inviteUrl = await link.inputValue();
  await shot(page, '02-invitation');

  // the candidate has no account: signs up from the link and lands in the organization
  const candidateContext = await browser.newContext({ baseURL, permissions: ['clipboard-read', 'clipboard-write'] });
  const candidate = await candidateContext.newPage();
  const candidateEmail = newEmail();
  await candidate.goto(inviteUrl);
  await expect(candidate.getByRole('heading', { name: 'Join Spring ML cohort' })).toBeVisible();
  await shot(candidate, '03-join-signed-out');
  await candidate.getByRole('button', { name: 'Join' }).click();
  await signUpAs(candidate, 'Alan Candidate', candidateEmail);
  await expect(candidate).toHaveURL(orgUrl);
  await expect(candidate.getByText('Nothing is assigned to you here yet.')).toBeVisible();

  // the link was single-use: it is used up now, and says so
  await page.reload();
  await expect(page.getByTestId('invitations')).toContainText('Alan Candidate');
  await expect(page.getByTestId('invitations')).toContainText('Used up');
  const stranger = await browser.newContext({ baseURL });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(inviteUrl);
  await expect(strangerPage.getByRole('heading', { name: 'This invitation has already been used' })).toBeVisible();
  await shot(strangerPage, '04-invitation-used-up');
  await stranger.close();

  // a set with kmeans-lloyd and roc-auc
  await page.goto(orgUrl);
  await page.getByRole('button', { name: 'New problem set' }).click();
  await page.getByLabel('Title', { exact: true }).fill('Week 1: clustering and metrics');
  await page.getByLabel('Description (Markdown)').fill('Start with **K-means**, then the ROC curve.');
  const search = page.getByLabel('Add problem', { exact: true });
  const results = page.getByRole('list', { name: 'Search results' });
  await search.fill('K-means (Lloyd');
  await results.getByRole('listitem').filter({ hasText: "K-means (Lloyd's algorithm)" }).getByRole('button', { name: 'Add' }).click();
  await search.fill('ROC curve');
  await results.getByRole('listitem').filter({ hasText: 'ROC curve and AUC' }).getByRole('button', { name: 'Add' }).click();
  await page.getByLabel(/^Points for ROC curve/).fill('50');
  await expect(page.getByTestId('set-items').locator('tbody tr')).toHaveCount(2);
  await shot(page, '05-set-builder');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Week 1: clustering and metrics' })).toBeVisible();

  // assigned with a due date
  await page.getByRole('button', { name: 'Assign', exact: true }).click();
  const assignForm = page.getByRole('group', { name: 'Assign this set' });
  await assignForm.getByLabel(/Alan Candidate/).check();
  // a due date in the past is refused with a clear message, and the form keeps what was chosen
  await page.getByLabel('Due date', { exact: true }).fill(localDateTime(-1));
  await page.getByRole('button', { name: 'Assign to selected' }).click();
  await expect(assignForm.getByRole('alert')).toHaveText(/The due date is in the past/);
  await expect(assignForm.getByLabel(/Alan Candidate/)).toBeChecked();
  await shot(page, '06a-assign-past-due-date');
  await page.getByLabel('Due date', { exact: true }).fill(localDateTime(7));
  await shot(page, '06-assign');
  await page.getByRole('button', { name: 'Assign to selected' }).click();
  await expect(page.getByText('Assigned. Candidates see it')).toBeVisible();
  await expect(page.getByTestId('assignments')).toContainText('Alan Candidate');

  // the candidate sees it under Assigned to me, with the due date, and solves kmeans-lloyd
  await candidate.goto('/');
  const assigned = candidate.getByRole('region', { name: 'Assigned to me' });
  await expect(assigned.getByTestId('assignment')).toContainText('Week 1: clustering and metrics');
  await expect(assigned.getByTestId('assignment')).toContainText('Due');
  await expect(assigned.getByTestId('assignment')).toContainText('0 of 2 solved');
  await shot(candidate, '07-assigned-to-me');
  await candidate.setViewportSize({ width: 390, height: 844 });
  await shot(candidate, '07b-assigned-to-me-phone');
  await candidate.setViewportSize({ width: 1280, height: 720 });
  await assigned.getByRole('link', { name: /K-means/ }).click();
  await expect(candidate).toHaveURL(/\/problems\/kmeans-lloyd$/);
  await expect(candidate.getByTestId('assignment-note')).toContainText('Assigned in Week 1: clustering and metrics (Spring ML cohort), due');
  await editor(candidate);
  await pasteCode(candidate, kmeansSolution);
  await candidate.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(candidate.getByRole('region', { name: 'Results' }).getByTestId('verdict')).toHaveText('Accepted', { timeout: 30_000 });
  await candidate.goto('/');
  await expect(assigned.getByTestId('assignment')).toContainText('1 of 2 solved');

  // the coach's cohort shows it solved; the CSV has the row
  await page.goto(`${orgUrl}/cohort`);
  const row = page.getByTestId('cohort-row').filter({ hasText: 'Alan Candidate' });
  await expect(row).toContainText('1/2');
  await expect(row.getByRole('link', { name: /Alan Candidate, K-means.*: Solved/ })).toBeVisible();
  await expect(row.getByRole('link', { name: /Alan Candidate, ROC curve.*: Not started/ })).toBeVisible();
  await shot(page, '08-cohort');
  // filters apply as they change, no Apply button: "Not finished" keeps Alan (1 of 2), "Finished" leaves nobody
  await page.getByLabel('Show').selectOption('done');
  await expect(page).toHaveURL(/filter=done/);
  await expect(row).toHaveCount(0);
  await page.getByLabel('Find a candidate').fill('Alan');
  await page.getByLabel('Show').selectOption('behind');
  await expect(page).toHaveURL(/filter=behind/);
  await expect(page).toHaveURL(/q=Alan/);
  await expect(row).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toContain('kmeans-lloyd status');
  const candidateLine = lines.find((l) => l.includes(candidateEmail));
  expect(candidateLine).toMatch(/^Alan Candidate,/);
  expect(candidateLine).toContain(',solved,1,1,');

  // a cell opens the candidate's submissions: code and results
  await row.getByRole('link', { name: /Alan Candidate, K-means/ }).click();
  await expect(page.getByRole('heading', { name: /Alan Candidate · K-means/ })).toBeVisible();
  await page.locator('.history-table tbody tr').first().getByRole('button').click();
  await page.getByRole('button', { name: 'Show its results' }).click();
  await expect(page.getByRole('region', { name: 'Results' }).getByTestId('verdict')).toHaveText('Accepted');
  await shot(page, '09-candidate-work');

  // a row opens the candidate's progress page
  await page.goto(`${orgUrl}/cohort`);
  await page.getByRole('link', { name: 'Alan Candidate', exact: true }).click();
  await expect(page.getByTestId('stat-solved')).toHaveText('1 of 2');
  await shot(page, '10-candidate-progress');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${orgUrl}/cohort`);
  await shot(page, '11-cohort-phone');
  await candidateContext.close();
});
