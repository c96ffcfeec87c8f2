import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { BoardPage } from './pages/board-page.mjs';

const FRAUD_TYPES = 'Fraud reports by NFIB type';

describe('board report', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it("gives an ECU supervisor the board's figures as charts and tables, each figure opening the crimes behind it", async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('ecu.supervisor'));
    const board = await new BoardPage(page).openFromNavigation();

    for (const caption of [FRAUD_TYPES, 'Fraud reports by victim age', 'Average loss', 'Outcome rate']) {
      await board.table(caption).waitFor();
    }
    assert.ok((await board.charts().count()) >= 3, 'the counts are drawn as charts');
    await expectAccessible(page, 'board report');
    await screenshot(page, 'board-report');

    const [first] = await board.rowsWithReports(FRAUD_TYPES);
    assert.ok(first, 'the demo data has fraud reports in the last twelve months');
    await first.row.getByRole('link').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const crimes = page.getByRole('table').locator('tbody tr');
    await crimes.first().waitFor();
    assert.equal(await crimes.count(), first.current, `as many crimes as the figure for ${first.label}`);
    await expectAccessible(page, 'crimes behind a board figure');
    await screenshot(page, 'board-report-crimes');

    const reference = (await crimes.first().locator('th').innerText()).trim();
    await crimes.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: reference }).waitFor();
    await page.context().close();
  });

  it('shows a performance analyst the figures without the case records behind them', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('analyst'));
    await page.getByRole('heading', { name: 'Outcome returns', level: 1 }).waitFor();
    const board = await new BoardPage(page).openFromNavigation();
    const rows = await board.rowsWithReports(FRAUD_TYPES);
    assert.ok(rows.length > 0, 'the analyst sees the figures');
    assert.equal(await board.table(FRAUD_TYPES).getByRole('link').count(), 0, 'but no link to case records');
    await page.context().close();
  });

  it('refuses a period that ends before it begins, and keeps the figures shown', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('analyst'));
    await page.getByRole('heading', { name: 'Outcome returns', level: 1 }).waitFor();
    const board = await new BoardPage(page).openFromNavigation();
    await board.choosePeriod('2026-06-30', '2026-01-01');
    await page.getByRole('alert').filter({ hasText: 'The first day must be on or before the last' }).waitFor();
    assert.equal(await board.table(FRAUD_TYPES).count(), 1, "the last period's figures stay on the page");
    await page.context().close();
  });
});
