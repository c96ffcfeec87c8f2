import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { disseminate, signedInApi, taskOf } from './support/api.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { TaskListPage } from './pages/task-list-page.mjs';
import { TaskPage } from './pages/task-page.mjs';

// A crime of this journey's own, so no other journey's triage is touched.
const CASE = `NFRC-DR-${Date.now().toString(36).toUpperCase()}`;
const TRIAGE = 'Triage dissemination';
const LINE_OF_ENQUIRY = 'Ask the bank where the second payment went';

describe('work is never lost', () => {
  let browser;
  let taskId;

  before(async () => {
    browser = await launchBrowser();
    const officer = await signedInApi('ecu.officer');
    await disseminate(officer, CASE, 'Edith Clarke');
    taskId = await taskOf(officer, 'ecu-triage', CASE, 'Task_Triage');
    await officer.post(`/api/tasks/${taskId}/claim`);
    await officer.dispose();
  });

  after(async () => {
    await browser?.close();
  });

  it('restores a half-filled triage after the officer leaves the page, and warns before the session ends', async () => {
    const page = await newPage(browser);
    // The page's own clock, so the 30-minute session can be run forward without waiting for it.
    await page.clock.install();
    await new LoginPage(page).open().then((l) => l.signInAs('ecu.officer'));
    await new TaskListPage(page).waitUntilShown();
    await page.goto(`/tasks/${taskId}`);
    const task = await new TaskPage(page).waitUntilShown(TRIAGE);

    const saved = page.waitForResponse(
      (r) => r.url().endsWith(`/api/tasks/${taskId}/draft`) && r.request().method() === 'PUT',
    );
    await task.fillTriage({ linesOfEnquiry: [LINE_OF_ENQUIRY], priority: 'High' });
    await page.clock.runFor(1500);
    assert.equal((await saved).status(), 200, 'the draft is kept on the server');

    await page.getByRole('link', { name: 'Back to tasks' }).click();
    await new TaskListPage(page).waitUntilShown();
    await page.goBack();
    await task.waitUntilShown(TRIAGE);

    await page
      .getByTestId('draft-restored')
      .filter({ hasText: /^Draft restored, saved at \d\d:\d\d/ })
      .waitFor();
    assert.equal(await page.getByLabel('Reasonable lines of enquiry').inputValue(), LINE_OF_ENQUIRY);
    assert.ok(await page.getByRole('group', { name: 'Priority' }).getByLabel('High', { exact: true }).isChecked());
    await page.getByRole('button', { name: 'Discard draft' }).waitFor();
    await expectAccessible(page, 'triage task page with a restored draft');
    await screenshot(page, 'task-page-draft-restored');

    // Two minutes before the session's 30 minutes without a request are up.
    await page.clock.fastForward('28:01');
    const dialog = page.getByRole('dialog', { name: "You'll be signed out in 2 minutes" });
    await dialog.waitFor();
    await expectAccessible(page, 'session timeout warning');
    await screenshot(page, 'session-timeout-warning');
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus is inside the dialog');

    const ping = page.waitForResponse((r) => r.url().endsWith('/api/auth/session'));
    await page.keyboard.press('Escape');
    assert.equal((await ping).status(), 200, 'staying signed in asks the server, which extends the session');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await page.getByLabel('Reasonable lines of enquiry').inputValue(), LINE_OF_ENQUIRY);

    // Unclaiming with a draft asks first.
    await page.getByRole('button', { name: 'Return to the team queue' }).click();
    await page
      .getByTestId('unclaim-confirmation')
      .filter({ hasText: 'You have unsaved answers on this task. Unclaim and discard them?' })
      .waitFor();
    await expectAccessible(page, 'unclaim confirmation');
    await page.getByRole('button', { name: 'Keep working on this task' }).click();
    await page.context().close();
  });
});
