import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { CasePage } from './pages/case-page.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { TaskListPage } from './pages/task-list-page.mjs';
import { TaskPage } from './pages/task-page.mjs';

// Demo case NFRC240101001 awaits triage; the walking skeleton claims NFRC240101002, so this journey leaves it alone.
const CASE = 'NFRC240101001';
const TRIAGE = 'Triage dissemination';
const LINE_OF_ENQUIRY = 'Trace the UK account that received the first payment';

async function signedIn(browser, username) {
  const page = await newPage(browser);
  await new LoginPage(page).open().then((l) => l.signInAs(username));
  const tasks = await new TaskListPage(page).waitUntilShown();
  return { page, tasks };
}

describe('triaging a fraud dissemination', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('lets an ECU officer find a triage task by its crime reference, claim it, correct a wrong answer, and allocate the crime to an ECU officer', async () => {
    const { page, tasks } = await signedIn(browser, 'ecu.officer');
    await tasks.openQueueByKeyboard('ECU triage team');
    await tasks.filterByKeyboard({ search: CASE, taskType: TRIAGE });
    assert.match(page.url(), new RegExp(`[?&]q=${CASE}(&|$)`), 'the filter is kept in the URL');
    assert.match(await tasks.caption().innerText(), /^ECU triage team \(1 task\)$/);
    const row = tasks.rowFor(CASE).filter({ hasText: TRIAGE });
    assert.match(await row.innerText(), /Unassigned/);
    await expectAccessible(page, 'task list filtered by crime reference');
    await screenshot(page, 'task-list-filtered');

    await tasks.claimByKeyboard(row);
    await tasks
      .successBanner()
      .filter({ hasText: `You claimed “${TRIAGE}” for ${CASE}` })
      .waitFor();
    await row.getByText('DC Priya Shah').waitFor();
    await row.getByRole('link', { name: new RegExp(TRIAGE) }).click();

    const task = await new TaskPage(page).waitUntilShown(TRIAGE);
    assert.equal(await task.assignee().innerText(), 'DC Priya Shah');
    // The facts triage rests on are on the task itself: no second tab for the case page.
    assert.equal(await task.decisionFact('Loss').innerText(), '£24,500');
    assert.match(await task.decisionFact('Fraud type').innerText(), /^NFIB1D: \S/);
    assert.equal(await task.decisionFact('Age band').innerText(), '70 and over');
    await expectAccessible(page, 'triage task page');
    await screenshot(page, 'task-page-triage');

    // Filing needs a rationale: the error summary links to the field, which shows its error too.
    await task.fillTriage({ priority: 'Low', decision: 'File with no further action' });
    await task.submitTriage();
    await task.errorSummary().waitFor();
    assert.deepEqual(await task.errorSummaryLinks().allInnerTexts(), ['Give the rationale for filing']);
    assert.equal(await task.errorSummaryLinks().first().getAttribute('href'), '#filingRationale');
    assert.match(await task.inlineErrors().first().innerText(), /Give the rationale for filing/);
    await expectAccessible(page, 'triage task page with errors');
    await screenshot(page, 'task-page-triage-errors');

    await task.fillTriage({
      linesOfEnquiry: [LINE_OF_ENQUIRY],
      priority: 'High',
      decision: 'Allocate to an ECU officer',
      officer: 'DC Tom Hughes',
    });
    await task.submitTriage();

    await tasks.waitUntilShown();
    await page
      .getByRole('alert')
      .filter({ hasText: `You completed “${TRIAGE}” for ${CASE}` })
      .waitFor();
    // Nothing on the case is this officer's now: the banner says who has it.
    assert.match(await page.getByTestId('what-happens-next').innerText(), /^Next: .*\(DC Tom Hughes\)/);
    // Back on the same filtered view, which no longer holds the triaged crime.
    await tasks.waitForList();
    assert.match(await tasks.caption().innerText(), /^ECU triage team \(0 tasks\)$/);
    assert.equal(await page.getByLabel('Crime reference or name').inputValue(), CASE);
    await screenshot(page, 'task-list-after-triage');
    await page.context().close();
  });

  it('no longer offers the triaged crime to another officer of the triage team', async () => {
    const { page, tasks } = await signedIn(browser, 'ecu.officer2');
    await tasks.openQueue('ECU triage team');
    await tasks.filterByKeyboard({ search: CASE, assignedTo: 'Unassigned' });

    assert.match(await tasks.caption().innerText(), /^ECU triage team \(0 tasks\)$/);
    assert.equal(await tasks.rowFor(CASE).count(), 0);
    await page.context().close();
  });

  it('shows the triage decision, the allocated officer and the line of enquiry on the case page', async () => {
    const { page } = await signedIn(browser, 'ecu.officer');
    const casePage = await new CasePage(page).open(CASE);

    assert.equal(await casePage.fact('Triage decision').innerText(), 'Allocated to an ECU officer');
    assert.equal(await casePage.fact('Allocated officer').innerText(), 'DC Tom Hughes');
    assert.equal(await casePage.fact('Allocated team').innerText(), 'ECU investigations');
    assert.equal(await casePage.fact('Priority').innerText(), 'High');
    assert.deepEqual(await casePage.linesOfEnquiry().allInnerTexts(), [LINE_OF_ENQUIRY]);
    const timeline = await casePage.timeline().innerText();
    assert.match(timeline, /Completed: Triage dissemination\s+by DC Priya Shah/);
    assert.match(timeline, /Dissemination received/);
    await expectAccessible(page, 'case page');
    await screenshot(page, 'case-page');
    await page.context().close();
  });

  it('says in words that a case cannot be found', async () => {
    const { page } = await signedIn(browser, 'ecu.officer');
    await page.goto('/cases/NFRC-NO-SUCH-CASE');
    await page.getByRole('heading', { name: 'Case not found' }).waitFor();
    assert.match(await new CasePage(page).problem().innerText(), /no such case/);
    await page.context().close();
  });
});
