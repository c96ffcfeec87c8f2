import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { CasePage } from './pages/case-page.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { TaskListPage } from './pages/task-list-page.mjs';

// Demo case NFRC240101005 is allocated to DC Priya Shah and waits for her plan and a victim update; no other
// journey works it, and a note changes nothing another journey checks.
const CASE = 'NFRC240101005';
const NOTE = 'Bank confirms the mule account was opened in Leeds last March; production order drafted.';

describe('the case workspace', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('shows where the case stands on its process diagram, and takes a note added with the keyboard alone', async () => {
    const page = await newPage(browser);
    const blocked = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    await new LoginPage(page).open().then((l) => l.signInAs('ecu.officer'));
    await new TaskListPage(page).waitUntilShown();
    const casePage = await new CasePage(page).open(CASE);

    const diagram = await casePage.waitForDiagram();
    assert.equal(await diagram.locator('svg[role="img"]').count(), 1);
    assert.match(
      await diagram.locator('svg[role="img"]').getAttribute('aria-label'),
      /current: .*Write investigation plan/,
    );
    assert.match(await casePage.diagramElement('Task_InvestigationPlan').getAttribute('class'), /app-bpmn--active/);
    assert.match(await casePage.diagramElement('Task_Triage').getAttribute('class'), /app-bpmn--completed/);
    assert.match(await casePage.progress('Now').innerText(), /Write investigation plan/);
    assert.match(await casePage.progress('Done').innerText(), /Triage dissemination/);
    assert.deepEqual(blocked, [], 'bpmn-js draws within the Content-Security-Policy');
    const currentTasks = await page.getByTestId('current-tasks').innerText();
    assert.match(currentTasks, /Write investigation plan/, 'the header lists the tasks the case waits at');
    assert.match(
      currentTasks,
      /Tell victim who is investigating.*(On track|Due soon|Overdue)/,
      'with their SLA badges',
    );
    await expectAccessible(page, 'case page with its diagram');
    await screenshot(page, 'case-page-diagram');

    // Zoomed with buttons the keyboard reaches, and widened to the window for a long process.
    const scale = () => diagram.locator('g.viewport').first().getAttribute('transform');
    const fitted = await scale();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    assert.notEqual(await scale(), fitted, 'zooming in changes the scale');
    const narrow = (await diagram.boundingBox()).width;
    const fullWidth = page.getByRole('button', { name: 'Full width' });
    await fullWidth.focus();
    await page.keyboard.press('Enter');
    assert.equal(await fullWidth.getAttribute('aria-pressed'), 'true');
    assert.ok((await diagram.boundingBox()).width > narrow, 'the diagram widens to the window');
    await expectAccessible(page, 'case page with its diagram full width');
    await fullWidth.click();

    // An empty note is refused with the error summary, linking to the box.
    await casePage.addNoteByKeyboard('');
    await casePage.errorSummary().waitFor();
    assert.deepEqual(await casePage.errorSummary().getByRole('link').allInnerTexts(), ['Enter the note']);
    assert.equal(await casePage.errorSummary().getByRole('link').getAttribute('href'), '#note');
    await expectAccessible(page, 'case page with a note error');
    await screenshot(page, 'case-page-note-error');

    await casePage.addNoteByKeyboard(NOTE);
    await casePage.successBanner().filter({ hasText: 'Note added to the case' }).waitFor();
    assert.equal(await casePage.noteField().inputValue(), '');
    assert.equal(await casePage.noteCount().innerText(), 'You have 4,000 characters remaining');
    const latest = await casePage.latestTimelineEntry().innerText();
    assert.match(latest, /^Note\s+by DC Priya Shah/);
    assert.match(latest, new RegExp(NOTE.replace(/[.;]/g, '\\$&')));
    await expectAccessible(page, 'case page after adding a note');
    await screenshot(page, 'case-page-note-added');

    // The note is kept: it is still on the timeline when the page is read again.
    await casePage.open(CASE);
    assert.match(await casePage.latestTimelineEntry().innerText(), /^Note\s+by DC Priya Shah/);
    await page.context().close();
  });
});
