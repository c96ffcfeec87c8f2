import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { OutcomeReturnsPage } from './pages/outcome-returns-page.mjs';
import { TaskListPage } from './pages/task-list-page.mjs';
import { CasePage } from './pages/case-page.mjs';
import { filedAtTriage, signedInApi } from './support/api.mjs';
import { londonToday, monthBefore } from './support/london-days.mjs';

const monthName = (month) =>
  new Date(`${month}-01T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('outcome returns', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  // The build runs as an asynchronous job, which the test application does not execute: the return
  // itself may never appear, so only the accepted request and the page are checked.
  it('lets an ECU supervisor ask for last month’s return to be built', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('ecu.supervisor'));
    await new TaskListPage(page).waitUntilShown();

    const returns = await new OutcomeReturnsPage(page).openFromNavigation();
    await returns.returnsList().waitFor();
    await expectAccessible(page, 'outcome returns page');

    const month = monthBefore(londonToday());
    await returns.buildFor(month);
    await returns.successBanner().waitFor();
    assert.match(
      await returns.successBanner().innerText(),
      new RegExp(`The return for ${monthName(month)} is being built`),
    );
    assert.equal(await returns.errorSummary().count(), 0);
    await returns.returnsList().waitFor();
    await expectAccessible(page, 'outcome returns page after a build is requested');
    await screenshot(page, 'outcome-returns');
    await page.context().close();
  });

  it('lets an ECU supervisor correct a filed crime’s outcome, and shows the correction on its timeline', async () => {
    const reference = `NFRC-E2E-CORRECTED-${Date.now()}`;
    const officer = await signedInApi('ecu.officer');
    const supervisor = await signedInApi('ecu.supervisor');
    await filedAtTriage(officer, supervisor, reference, 'Corrected Victim');
    await officer.dispose();
    await supervisor.dispose();

    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('ecu.supervisor'));
    await new TaskListPage(page).waitUntilShown();
    const casePage = await new CasePage(page).open(reference);
    assert.match(await casePage.fact('Outcome').innerText(), /^18 – /);

    await page.getByRole('button', { name: 'Correct the outcome' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    assert.equal(
      await page.locator('.govuk-error-summary').getByRole('link').first().getAttribute('href'),
      '#correction-outcomeCode',
    );

    await page.getByLabel('Corrected outcome').selectOption('14');
    await page.getByLabel('Why is the outcome being corrected?').fill('The victim withdrew support before filing');
    await page.getByRole('button', { name: 'Correct the outcome' }).click();
    await page.getByText('Outcome corrected to 14.').waitFor();
    await casePage.timeline().getByText('Outcome corrected: Home Office outcome 18 to 14').waitFor();
    assert.match(await casePage.fact('Outcome').innerText(), /^14 – /);
    assert.match(await casePage.timeline().innerText(), /The victim withdrew support before filing/);
    await expectAccessible(page, 'case page after an outcome correction');
    await page.context().close();
  });

  it('refuses a month written another way with an error summary linking to the month', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('ecu.supervisor'));
    await new TaskListPage(page).waitUntilShown();
    const returns = await new OutcomeReturnsPage(page).open();

    await returns.buildFor('last month');
    await returns.errorSummary().waitFor();
    assert.equal(await returns.errorSummary().getByRole('link').first().getAttribute('href'), '#month');
    await expectAccessible(page, 'outcome returns page with errors');
    await page.context().close();
  });
});
