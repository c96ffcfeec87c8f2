import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { disseminate, signedInApi, taskOf } from './support/api.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { TaskListPage } from './pages/task-list-page.mjs';
import { TaskPage } from './pages/task-page.mjs';

// A crime of this journey's own, so no other journey's triage is touched.
const CASE = `NFRC-FU-${Date.now().toString(36).toUpperCase()}`;
const TRIAGE = 'Triage dissemination';
const COMMENT = 'Bank promised the statements by Friday';

/** A day some days from today in England and Wales, as the GOV.UK date input takes it. */
function dayFromToday(days) {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })
    .format(new Date())
    .split('-')
    .map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}

describe('following a task up', () => {
  let browser;
  let taskId;

  before(async () => {
    browser = await launchBrowser();
    const officer = await signedInApi('ecu.officer');
    await disseminate(officer, CASE, 'Mary Somerville');
    taskId = await taskOf(officer, 'ecu-triage', CASE, 'Task_Triage');
    await officer.post(`/api/tasks/${taskId}/claim`);
    await officer.dispose();
  });

  after(async () => {
    await browser?.close();
  });

  it('sets a follow-up date and leaves a comment, and the list shows both', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('ecu.officer'));
    await new TaskListPage(page).waitUntilShown();
    await page.goto(`/tasks/${taskId}`);
    await new TaskPage(page).waitUntilShown(TRIAGE);

    // A past date is refused with the design system's message, linked from the summary.
    const followUp = page.getByRole('group', { name: 'When do you want to follow this task up?' });
    const yesterday = dayFromToday(-1);
    await followUp.getByLabel('Day').fill(yesterday.day);
    await followUp.getByLabel('Month').fill(yesterday.month);
    await followUp.getByLabel('Year').fill(yesterday.year);
    await page.getByRole('button', { name: 'Set follow-up date' }).click();
    await page
      .locator('.govuk-error-summary')
      .getByRole('link', { name: 'The follow-up date must be today or in the future' })
      .waitFor();
    await expectAccessible(page, 'follow-up date refused');

    const inAWeek = dayFromToday(7);
    await followUp.getByLabel('Day').fill(inAWeek.day);
    await followUp.getByLabel('Month').fill(inAWeek.month);
    await followUp.getByLabel('Year').fill(inAWeek.year);
    await page.getByRole('button', { name: 'Set follow-up date' }).click();
    await page
      .getByTestId('follow-up-date')
      .filter({ hasText: /^Follow up on \d/ })
      .waitFor();

    await page.getByLabel('Add a comment').fill(COMMENT);
    await page.getByRole('button', { name: 'Add comment' }).click();
    const thread = page.getByRole('list', { name: 'Comments, oldest first' });
    await thread.getByText(COMMENT).waitFor();
    assert.doesNotMatch(await thread.innerText(), /ecu\.officer/, 'the author by name, not username');
    await expectAccessible(page, 'task page with a follow-up date and a comment');
    await screenshot(page, 'task-page-follow-up-and-comments');

    // The list: a Follow up column with the date and the comment count, sortable by it.
    const tasks = await new TaskListPage(page).open(`?q=${CASE}`);
    const row = tasks.rowFor(CASE);
    await row.waitFor();
    assert.match(await row.innerText(), /1 comment/);
    const header = page.getByRole('columnheader', { name: /^Follow up/ });
    await header.getByRole('link').click();
    await page.waitForURL(/sort=FOLLOW_UP/);
    // The list re-renders once the sorted tasks arrive, after the address changes.
    await page.locator('th[aria-sort="ascending"]', { hasText: 'Follow up' }).waitFor();
    assert.equal(await page.getByRole('columnheader', { name: /^Follow up/ }).getAttribute('aria-sort'), 'ascending');

    // The view saved under a name comes back as a link to the list sorted as it was, without the search text.
    await page.getByText(/^Saved views/).click();
    await page.getByLabel('Save the view on screen as').fill('Follow-ups first');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByText('Saved this view as “Follow-ups first”').waitFor();
    const saved = await page.getByRole('link', { name: 'Follow-ups first' }).getAttribute('href');
    assert.match(saved, /sort=FOLLOW_UP/);
    assert.doesNotMatch(saved, /[?&]q=/, 'search text is not saved');
    await expectAccessible(page, 'task list with a saved view');
    await page.getByRole('button', { name: 'Delete saved view Follow-ups first' }).click();
    await page.getByText('Deleted the saved view “Follow-ups first”').waitFor();
    await page.setViewportSize({ width: 320, height: 800 });
    assert.ok(
      (await page.evaluate(() => document.documentElement.scrollWidth)) <= 320,
      'the task list with its Follow up column fits a 320-pixel screen',
    );
    await expectAccessible(page, 'task list with follow-up dates at 320 pixels');
    await page.context().close();
  });
});
