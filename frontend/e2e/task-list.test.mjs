import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { disseminate, signedInApi, taskOf, triagedForEcuWithNoOfficer } from './support/api.mjs';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { TaskListPage } from './pages/task-list-page.mjs';

// Crimes unique to this run, set up over the API by an officer as triage would leave them.
const run = Date.now().toString(36).toUpperCase();
const reference = (n) => `NFRC-TL-${run}-${n}`;
const PLAN = 'Write investigation plan';

async function signedIn(browser, username) {
  const page = await newPage(browser);
  await new LoginPage(page).open().then((l) => l.signInAs(username));
  const tasks = await new TaskListPage(page).waitUntilShown();
  return { page, tasks };
}

describe('working from the task list', () => {
  let browser;
  let officer;

  before(async () => {
    browser = await launchBrowser();
    officer = await signedInApi('ecu.officer');
  });

  after(async () => {
    await officer?.dispose();
    await browser?.close();
  });

  it('shows a supervisor the team queues with counts, and lets them allocate from ready to allocate and reassign two tasks at once', async () => {
    for (const [n, victim] of [
      [1, 'Grace Hopper'],
      [2, 'Katherine Johnson'],
      [3, 'Dorothy Vaughan'],
    ]) {
      await triagedForEcuWithNoOfficer(officer, reference(n), victim);
    }
    const { page, tasks } = await signedIn(browser, 'ecu.supervisor');
    await tasks.waitForList();
    await tasks.waitForCounts();
    const names = await tasks.queueNames();
    assert.equal(names[0], 'My tasks');
    assert.deepEqual(names.slice(1, -1).sort(), ['ECU investigations', 'ECU supervisors', 'ECU triage team']);
    assert.equal(names.at(-1), 'Ready to allocate');
    assert.match(
      await tasks.queueTabs().filter({ hasText: 'ECU investigations' }).innerText(),
      /^ECU investigations \(\d+\)$/,
    );
    await expectAccessible(page, 'supervisor task list');
    await screenshot(page, 'task-list-supervisor');

    // Ready to allocate: the triaged crimes with no officer, each assigned from its row.
    await tasks.openReadyToAllocateByKeyboard();
    const third = await tasks.readyRowFor(reference(3));
    assert.match(await third.innerText(), /Dorothy Vaughan/);
    assert.match(await third.innerText(), /£1,250\.00/);
    assert.match(await third.innerText(), /High/);
    await expectAccessible(page, 'ready to allocate');
    await screenshot(page, 'ready-to-allocate');

    await tasks.assignByKeyboard(third, 'DC Priya Shah');
    await tasks
      .successBanner()
      .filter({ hasText: `${PLAN} for ${reference(3)} assigned to DC Priya Shah` })
      .waitFor();
    await third.waitFor({ state: 'detached' });
    await screenshot(page, 'ready-to-allocate-assigned');

    // Bulk reassignment in the team queue: the two plans still unassigned, found by filter.
    await tasks.openQueueByKeyboard('ECU investigations');
    await tasks.filterByKeyboard({ search: `NFRC-TL-${run}`, taskType: PLAN, assignedTo: 'Unassigned' });
    assert.match(await tasks.caption().innerText(), /^ECU investigations \(2 tasks\)$/);
    await tasks.rowFor(reference(1)).waitFor();
    await tasks.rowFor(reference(2)).waitFor();
    await expectAccessible(page, 'supervised queue filtered');
    await screenshot(page, 'task-list-bulk-reassign');
    const selected = page.getByTestId('selected-filters');
    assert.match(await selected.innerText(), /Unassigned/);
    assert.match(await selected.innerText(), new RegExp(PLAN));

    // Sorting from a column header, and the same queue on a 320-pixel screen: no sideways scrolling.
    const due = page.getByRole('columnheader', { name: /^Due/ });
    assert.equal(await due.getAttribute('aria-sort'), 'ascending');
    await due.getByRole('link').click();
    await page.waitForURL(/order=DESC/);
    // The list re-renders once the sorted tasks arrive, after the address changes.
    await page.locator('th[aria-sort="descending"]', { hasText: 'Due' }).waitFor();
    assert.equal(await page.getByRole('columnheader', { name: /^Due/ }).getAttribute('aria-sort'), 'descending');
    await page.setViewportSize({ width: 320, height: 800 });
    assert.ok(
      (await page.evaluate(() => document.documentElement.scrollWidth)) <= 320,
      'the task list fits a 320-pixel screen',
    );
    await expectAccessible(page, 'task list at 320 pixels');
    await screenshot(page, 'task-list-320px');
    await page.setViewportSize({ width: 1400, height: 900 });

    await tasks.selectAllOnPageByKeyboard();
    await tasks.reassignSelectedByKeyboard('DC Tom Hughes');
    await tasks.successBanner().filter({ hasText: '2 tasks reassigned to DC Tom Hughes' }).waitFor();
    await tasks.table().getByText('There are no tasks to show.').waitFor();
    await expectAccessible(page, 'supervised queue after bulk reassignment');
    await screenshot(page, 'task-list-bulk-reassigned');

    // The view is in the URL: opened afresh, it shows the same filters.
    const url = page.url();
    assert.match(url, /taskType=Task_InvestigationPlan/);
    assert.match(url, /assignee=none/);
    await page.goto(url);
    await tasks.waitForList();
    assert.equal(await page.getByLabel('Crime reference or name').inputValue(), `NFRC-TL-${run}`);
    assert.equal(await page.getByLabel('Assigned to').inputValue(), 'none');

    const officer2 = await signedInApi('ecu.officer2');
    const mine = await officer2.get(`/api/tasks?queue=mine&q=NFRC-TL-${run}&taskType=Task_InvestigationPlan`);
    assert.deepEqual(mine.tasks.map((t) => t.caseReference).sort(), [reference(1), reference(2)]);
    await officer2.dispose();
    await page.context().close();
  });

  it('shows new work without a reload, and tells an officer who was beaten to a claim who has the task', async () => {
    await disseminate(officer, reference(4), 'Mary Jackson');
    const page = await newPage(browser);
    // The page's timers are the test's to move, so polls come when the journey says, not at random.
    await page.clock.install();
    await new LoginPage(page).open().then((l) => l.signInAs('ecu.officer2'));
    const tasks = await new TaskListPage(page).waitUntilShown();
    await tasks.openQueue('ECU triage team');
    await tasks.filterByKeyboard({ search: `NFRC-TL-${run}`, taskType: 'Triage dissemination' });
    const first = tasks.rowFor(reference(4));
    await first.waitFor();

    // New work arrives while the list is open: at the next poll it appears and is announced.
    await disseminate(officer, reference(5), 'Annie Easley');
    await page.clock.runFor(10_000);
    await tasks.rowFor(reference(5)).waitFor();
    assert.equal(await tasks.listUpdates().innerText(), 'List updated');
    assert.match(await tasks.caption().innerText(), /\(2 tasks\)$/);

    // Another officer claims the task while this one reaches for it, before the list polls again.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await tasks.focusClaim(first);
    await officer.post(`/api/tasks/${await taskOf(officer, 'ecu-triage', reference(4), 'Task_Triage')}/claim`);
    await page.keyboard.press('Enter');
    await tasks.errorSummary().waitFor();
    assert.match(await tasks.errorSummary().innerText(), /This task is already claimed by DC Priya Shah/);
    await first.getByText('DC Priya Shah').waitFor();
    assert.equal(await first.getByRole('button', { name: /^Claim/ }).count(), 0);
    // axe-core times its work with the page's timers.
    await page.clock.resume();
    await expectAccessible(page, 'task list after a lost claim');
    await screenshot(page, 'task-list-claim-lost');
    await page.context().close();
  });
});
