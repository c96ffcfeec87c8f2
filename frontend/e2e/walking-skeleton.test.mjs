import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { TaskListPage } from './pages/task-list-page.mjs';

describe('signing in and the task list', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('refuses a wrong password with an error summary, and the login page is accessible', async () => {
    const page = await newPage(browser);
    const login = await new LoginPage(page).open();
    await expectAccessible(page, 'login page');
    await screenshot(page, 'login');

    await login.signInAs('ecu.officer', 'wrong-password');

    await login.errorSummary().waitFor();
    assert.match(await login.errorSummary().innerText(), /The username or password is not right/);
    await expectAccessible(page, 'login page with errors');
    await page.context().close();
  });

  it('shows an ECU officer their name, role and team queue, lets them claim a task, and signs out', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('ecu.officer'));
    const tasks = await new TaskListPage(page).waitUntilShown();

    assert.match(await tasks.signedInUser().innerText(), /DC Priya Shah \(ECU officer\)/);
    await tasks.openQueue('ECU triage team');
    await tasks.waitForCounts();
    await expectAccessible(page, 'task list');
    await screenshot(page, 'task-list-team-queue');

    await tasks.filterByKeyboard({ search: 'NFRC240101002' });
    const row = tasks.rowFor('NFRC240101002');
    await row.waitFor();
    await tasks.claimByKeyboard(row);
    await tasks.successBanner().filter({ hasText: 'You claimed' }).waitFor();
    await row.getByText('DC Priya Shah').waitFor();

    await tasks.openQueue('My tasks');
    await tasks.rowFor('NFRC240101002').waitFor();

    await tasks.signOut();
    await page.getByRole('heading', { name: 'Sign in to ECU Casework' }).waitFor();
    await page.goto('/tasks');
    await page.getByRole('heading', { name: 'Sign in to ECU Casework' }).waitFor();
    await page.context().close();
  });

  it('does not show a drug referral worker the ECU queues', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('drug.worker'));
    const tasks = await new TaskListPage(page).waitUntilShown();

    await tasks.waitForCounts();
    assert.deepEqual(await tasks.queueNames(), ['My tasks', 'Drug referral workers - Birmingham']);
    assert.equal(await tasks.readyToAllocateLink().count(), 0);
    await page.context().close();
  });
});
