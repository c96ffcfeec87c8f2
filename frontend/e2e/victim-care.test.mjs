import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { ImportPage } from './pages/import-page.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { TaskListPage } from './pages/task-list-page.mjs';
import { addDays, isoDay, londonToday } from './support/london-days.mjs';
import { TaskPage } from './pages/task-page.mjs';

// A surname and crime references unique to this run (names take letters only).
const run = Date.now().toString(36).toUpperCase();
const surname = `Quill${run.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])}`;
const reference = (n) => `NFRC-VC-${run}-${n}`;
const today = isoDay(londonToday());

describe('victim care', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  async function signedInAs(username) {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs(username));
    await new TaskListPage(page).waitUntilShown();
    return page;
  }

  it('screens a weekly victim list, links a repeat victim to their earlier record and logs a failed first contact', async () => {
    const page = await signedInAs('victim.care');
    const imports = await new ImportPage(page, 'victimLists').openFromNavigation();
    await expectAccessible(page, 'victim list import page');

    const fileName = `victim-list-${run}.csv`;
    await imports.upload(
      fileName,
      [
        'crime_reference,reported_date,nfib_code,victim_forename,victim_surname,victim_date_of_birth,ndm_score',
        `${reference(1)},${today},NFIB1D,Ada,${surname},1980-05-01,2`,
        `${reference(2)},${today},NFIB3A,Bea,${surname},1985-01-01,3`,
        `${reference(3)},${today},NFIB3A,Ada,${surname},1980-05-01,2`,
        `${reference(4)},31/02/2024,NFIB3A,Cal,${surname},1990-01-01,9`,
      ].join('\n') + '\n',
    );
    await imports.waitForStatusOf(fileName);
    await imports.waitUntilFinished();
    assert.equal(await imports.summaryValue('Referred'), '2');
    assert.equal(await imports.summaryValue('Screened out'), '1');
    assert.equal(await imports.summaryValue('Repeat victims'), '1');
    assert.equal(await imports.summaryValue('Rows refused'), '1');
    const report = (await imports.reportRows().allInnerTexts()).join('\n');
    assert.match(report, /^5\s+Refused\s+reported_date/m);
    await expectAccessible(page, 'victim list import status');
    await screenshot(page, 'victim-list-import-status');

    // The person on two crimes is one victim, shown as a repeat victim wherever they appear.
    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Victims', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Victims', level: 1 }).waitFor();
    await page.getByLabel('Search victims').fill(`Ada ${surname}`);
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    const row = page
      .getByTestId('victims-table')
      .getByRole('row')
      .filter({ hasText: `Ada ${surname}` });
    await row.getByTestId('repeat-victim-tag').waitFor();
    assert.equal(await row.count(), 1);
    await row.getByRole('link', { name: `Ada ${surname}` }).click();

    await page
      .getByTestId('victim-name')
      .filter({ hasText: `Ada ${surname}` })
      .waitFor();
    await page.getByTestId('repeat-victim-tag').first().waitFor();
    const crimes = await page.getByTestId('victim-crimes').innerText();
    assert.match(crimes, new RegExp(reference(1)));
    assert.match(crimes, new RegExp(reference(3)));
    await expectAccessible(page, 'victim page');
    await screenshot(page, 'victim-page-repeat-victim');

    // First contact not made yet: a failed attempt is logged against the romance fraud referral.
    const romance = page.locator('section[data-testid^="referral-"]').filter({ hasText: reference(1) });
    assert.match(await romance.innerText(), /First contact and vulnerability assessment/);
    await romance.getByLabel('No answer').check();
    await romance.getByRole('button', { name: 'Log failed attempt' }).click();
    await romance.getByTestId('contact-attempts').getByText('No answer').waitFor();
    await expectAccessible(page, 'victim page after a failed attempt');
    await screenshot(page, 'victim-page-failed-attempt');
    await page.context().close();
  });

  // Ada's referrals come from the list imported above; either one's first contact will do.
  it('hands each task on to the next one for the same officer: first contact, contact plan, first planned contact', async () => {
    const page = await signedInAs('victim.care');
    const tasks = new TaskListPage(page);
    await tasks.open(`?queue=ecvcu&q=${encodeURIComponent(`Ada ${surname}`)}`);
    await tasks
      .table()
      .getByRole('link', { name: /First contact and vulnerability assessment/ })
      .first()
      .click();
    const task = await new TaskPage(page).waitUntilShown('First contact and vulnerability assessment');
    await task.claim();

    await page.getByRole('group', { name: 'How did you reach them?' }).getByLabel('Phone', { exact: true }).check();
    await page
      .getByRole('group', { name: /qualify for enhanced rights/ })
      .getByLabel('No', { exact: true })
      .check();
    await page
      .getByRole('group', { name: /want support from the ECVCU/ })
      .getByLabel('Yes', { exact: true })
      .check();
    await page
      .getByRole('group', { name: /consent to a referral to Victim Support/ })
      .getByLabel('No', { exact: true })
      .check();
    await page.getByRole('button', { name: 'Save assessment' }).click();

    // The plan is this officer's to agree next: offered on the spot, not left in the queue.
    const next = page.getByTestId('next-step');
    await page.getByRole('heading', { level: 1, name: 'Task complete' }).waitFor();
    assert.match(await next.innerText(), /You completed “First contact and vulnerability assessment”/);
    await next.getByRole('button', { name: 'Continue to agree contact plan' }).click();
    await new TaskPage(page).waitUntilShown('Agree contact plan');
    assert.equal(await task.assignee().innerText(), 'Jo Bennett', 'claimed on the way');

    const { year, month, day } = addDays(londonToday(), 3);
    const contact = page.getByRole('group', { name: 'Contact 1' });
    await contact.getByLabel('Day').fill(String(day));
    await contact.getByLabel('Month').fill(String(month));
    await contact.getByLabel('Year').fill(String(year));
    await contact.getByLabel('How').selectOption({ label: 'Phone' });
    await page.getByRole('button', { name: 'Save contact plan' }).click();

    await page.getByRole('heading', { level: 1, name: 'Task complete' }).waitFor();
    assert.ok(await page.getByRole('link', { name: 'Back to your tasks' }).isVisible());
    await expectAccessible(page, 'next step offered after a contact plan');
    await screenshot(page, 'task-next-step-offered');
    await next.getByRole('button', { name: 'Continue to contact victim' }).click();

    await new TaskPage(page).waitUntilShown('Contact victim');
    assert.equal(await task.assignee().innerText(), 'Jo Bennett');
    await page.context().close();
  });

  it('shows victims to no one outside victim care', async () => {
    const page = await signedInAs('ecu.officer');
    const navigation = page.getByRole('navigation', { name: 'Primary navigation' });
    await navigation.getByRole('link', { name: 'Tasks' }).waitFor();
    assert.equal(await navigation.getByRole('link', { name: 'Victims', exact: true }).count(), 0);
    await page.goto('/victim-care/victims');
    await page.getByRole('heading', { name: 'You cannot see victims’ details', level: 1 }).waitFor();
    await page.context().close();
  });
});
