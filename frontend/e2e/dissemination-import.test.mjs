import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { ImportPage } from './pages/import-page.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { TaskListPage } from './pages/task-list-page.mjs';

// Crime references unique to this run, so the rows are new cases whatever else the queues hold.
const run = Date.now();
const reference = (n) => `NFRC-E2E-${run}-${n}`;

describe('importing a dissemination file', () => {
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

  it('imports the good rows of a file, shows progress to completion and reports the refused row by line', async () => {
    const page = await signedInAs('ecu.supervisor');
    const imports = await new ImportPage(page).openFromNavigation();
    await imports.fileHintSaying('A CSV file with a header row, up to 25 MB, saved as').waitFor();
    await expectAccessible(page, 'import page');
    await screenshot(page, 'import-page');

    const fileName = `disseminations-${run}.csv`;
    await imports.upload(
      fileName,
      [
        'crime_reference,reported_date,nfib_code,victim_type,victim_name,loss_gbp',
        `${reference(1)},2025-01-05,NFIB1D,individual,E2E Victim One,120.00`,
        `${reference(2)},31/02/2024,NFIB3A,organisation,E2E Victim Two Ltd,50`,
        `${reference(3)},2025-01-06,NFIB3A,individual,E2E Victim Three,`,
      ].join('\n') + '\n',
    );

    await imports.waitForStatusOf(fileName);
    await imports.waitUntilFinished();
    assert.equal(
      await imports.progressAnnouncement().innerText(),
      'Import complete: 2 cases created and 1 row refused.',
    );
    assert.equal(await imports.status().innerText(), 'Complete');
    assert.equal(await imports.summaryValue('Cases created'), '2');
    assert.equal(await imports.summaryValue('Rows refused'), '1');

    await imports.reportRows().first().waitFor();
    const rows = await imports.reportRows().allInnerTexts();
    assert.equal(rows.length, 1, `one report line expected, got ${JSON.stringify(rows)}`);
    assert.match(rows[0], /^3\s+Refused\s+reported_date\s+31\/02\/2024\s+\S/);
    assert.match(
      await imports.reportDownloadLink().getAttribute('href'),
      /\/api\/intake\/imports\/[0-9a-f-]{36}\/report\.csv$/,
    );
    await expectAccessible(page, 'import status page');
    await screenshot(page, 'import-status-completed');

    await imports.open();
    await imports.recentImport(fileName).first().waitFor();
    await page.context().close();
  });

  it('refuses a file missing a required column with an error summary naming the column', async () => {
    const page = await signedInAs('ecu.officer');
    const imports = await new ImportPage(page).open();

    await imports.upload(
      `no-victim-name-${run}.csv`,
      `crime_reference,reported_date,nfib_code,victim_type\n${reference(9)},2025-01-05,NFIB1D,individual\n`,
    );

    await imports.errorSummary().waitFor();
    assert.match(await imports.errorSummary().innerText(), /victim_name/);
    assert.equal(await imports.errorSummary().getByRole('link').first().getAttribute('href'), '#file');
    assert.match(await imports.fileInputError().innerText(), /victim_name/);
    await expectAccessible(page, 'import page with errors');
    await screenshot(page, 'import-page-file-refused');
    await page.context().close();
  });

  it('does not offer the import to a local investigator', async () => {
    const page = await signedInAs('local.investigator');

    assert.equal(await new ImportPage(page).navigationLink().count(), 0);
    await page.context().close();
  });
});
