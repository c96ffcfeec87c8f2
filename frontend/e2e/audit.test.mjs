import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { AuditPage } from './pages/audit-page.mjs';

// A demo case received when the demo data loaded, so the audit trail records its collection.
const CASE = 'NFRC240101001';

describe('auditor workspace', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('lands the auditor on the audit trail, finds a crime’s events, opens one and verifies the chain', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('auditor'));
    const audit = await new AuditPage(page).waitUntilShown();
    assert.equal(new URL(page.url()).pathname, '/audit');
    assert.equal(await page.title(), 'Audit trail – ECU Casework');
    await audit.navigationLink().waitFor();
    await audit.events().waitFor();
    await expectAccessible(page, 'audit trail');
    await screenshot(page, 'audit-trail');

    await audit.searchByCrimeReference(CASE);
    await page.waitForURL(/recordId=NFRC240101001/);
    await audit
      .eventRows()
      .filter({ hasText: `Crime ${CASE}` })
      .first()
      .waitFor();
    assert.match(await audit.events().innerText(), /Recorded personal data/);
    await expectAccessible(page, 'audit trail search results');
    await screenshot(page, 'audit-trail-search');

    await audit.openFirstEvent();
    // Moving to another page names it in the title and takes focus to its heading, for screen readers.
    assert.match(await page.title(), /^.+ – ECU Casework$/);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
    assert.match(await audit.eventDetail().innerText(), new RegExp(CASE));
    const verified = await audit.verifyChain();
    assert.match(verified, /Verified up to event \d+: the audit trail is intact/);
    await expectAccessible(page, 'audit event');
    await screenshot(page, 'audit-event');
    await page.context().close();
  });
});
