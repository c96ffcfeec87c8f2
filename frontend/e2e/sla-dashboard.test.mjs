import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { SlaPage } from './pages/sla-page.mjs';
import { TaskListPage } from './pages/task-list-page.mjs';
import { TaskPage } from './pages/task-page.mjs';

// The demo moves NFRC240101003's recategorisation clock back so it has breached: its review waits for
// the ECU supervisors. Twelve weeks of demo history give the chart and compliance tables their figures.
const BREACHED_CASE = 'NFRC240101003';
const REVIEW = 'Review SLA breach';

describe('service levels', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('shows an ECU supervisor the weekly breach chart, compliance and the breaches awaiting review, and takes them to a review', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('ecu.supervisor'));
    await new TaskListPage(page).waitUntilShown();

    const sla = await new SlaPage(page).openFromNavigation();
    await sla.trendWeeks().first().waitFor();
    assert.ok((await sla.trendWeeks().count()) >= 12, 'a row for each of the twelve weeks');
    await sla.compliance().waitFor();
    await sla.victimsCode().waitFor();
    await sla.reviewRowFor(BREACHED_CASE).waitFor();
    await expectAccessible(page, 'service levels page');
    await screenshot(page, 'sla-dashboard');

    await sla
      .reviewRowFor(BREACHED_CASE)
      .getByRole('link', { name: /^Review/ })
      .click();
    const task = await new TaskPage(page).waitUntilShown(REVIEW);
    await task.claim();
    await page.getByTestId('breach-summary').waitFor();
    assert.match(await page.getByTestId('breach-summary').innerText(), /NFIB90 recategorisation/);

    await page.getByRole('button', { name: 'Save review' }).click();
    await task.errorSummary().waitFor();
    assert.deepEqual(await task.errorSummaryLinks().allInnerTexts(), [
      'Choose the cause of the breach',
      'Choose whether the breach was justified',
      'Enter the action taken',
    ]);
    await expectAccessible(page, 'breach review with errors');
    await screenshot(page, 'sla-breach-review-errors');

    await page.getByRole('group', { name: 'What caused the breach?' }).getByLabel('Workload').check();
    await page.getByRole('group', { name: 'Was the breach justified?' }).getByLabel('No').check();
    await page.getByLabel('What action have you taken?').fill('Recategorisation shared across the triage team');
    await page.getByRole('button', { name: 'Save review' }).click();
    await new TaskListPage(page).waitUntilShown();

    await sla.open();
    assert.equal(await sla.reviewRowFor(BREACHED_CASE).count(), 0, 'the reviewed breach no longer waits');
    await page.context().close();
  });

  it('lets a performance analyst read the same page', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('analyst'));
    // Analysts work no tasks: signing in lands on the outcome returns.
    await page.getByRole('heading', { name: 'Outcome returns', level: 1 }).waitFor();
    const sla = await new SlaPage(page).openFromNavigation();
    await sla.compliance().waitFor();
    await expectAccessible(page, 'service levels page for an analyst');
    await page.context().close();
  });
});
