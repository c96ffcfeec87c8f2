import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { RetentionPage } from './pages/retention-page.mjs';
import { londonToday } from './support/london-days.mjs';

// Demo case NFRC240101010 was finalised over six years ago, so its review is due today; no other journey uses it.
const CASE = 'NFRC240101010';

describe('retention review', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('lets an administrator review fraud cases due and erase one’s personal data with a reason', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('admin'));
    const retention = await new RetentionPage(page).waitUntilShown();
    await retention.navigationLink().waitFor();

    await retention.showDue('Fraud case', londonToday());
    await retention.rowFor(CASE).waitFor();
    assert.doesNotMatch(await retention.dueRecords().innerText(), /Alan Pryce/);
    await expectAccessible(page, 'retention review');
    await screenshot(page, 'retention-review');

    await retention.openErasure(CASE);
    await retention.erase();
    await retention.errorSummary().waitFor();
    assert.equal(
      await retention
        .errorSummary()
        .getByRole('link', { name: 'Give the reason for erasing this personal data' })
        .getAttribute('href'),
      '#justification',
    );
    await expectAccessible(page, 'erasure page with errors');
    await screenshot(page, 'retention-erasure-errors');

    await retention.erase('Six-year review: no policing purpose remains.');
    await retention
      .successBanner()
      .filter({ hasText: `Personal data erased from ${CASE}` })
      .waitFor();
    await retention.dueRecords().or(page.getByTestId('nothing-due')).waitFor();
    assert.equal(await retention.rowFor(CASE).count(), 0);
    await expectAccessible(page, 'retention review after an erasure');
    await screenshot(page, 'retention-review-after-erasure');
    await page.context().close();
  });

  it('offers no retention review to an auditor', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('auditor'));
    await page.getByRole('navigation', { name: 'Account navigation' }).getByText('Chris Doyle (Auditor)').waitFor();
    await page.goto('/admin/retention');
    await page.getByRole('heading', { name: 'You cannot review retention' }).waitFor();
    assert.equal(await new RetentionPage(page).navigationLink().count(), 0);
    await page.context().close();
  });
});
