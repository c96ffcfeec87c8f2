import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { CasePage } from './pages/case-page.mjs';
import { SearchPage } from './pages/search-page.mjs';

// A demo case, there whenever demo data is on.
const CASE = 'NFRC240101001';

describe('find anything', () => {
  let browser;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('finds a crime by the reference typed in the header and opens its case page', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('ecu.officer'));
    const search = new SearchPage(page);
    await search.headerBox().waitFor();

    await search.searchFromHeader(CASE.toLowerCase());
    await search.waitUntilShown(CASE.toLowerCase());
    const crimes = search.group('Crimes');
    await crimes.waitFor();
    assert.match(await crimes.innerText(), new RegExp(CASE));
    await expectAccessible(page, 'search results');
    await screenshot(page, 'search-results');

    await search.open(CASE, 'Crimes');
    await new CasePage(page).waitUntilShown(CASE);
    assert.equal(new URL(page.url()).pathname, `/cases/${CASE}`);

    // The case just opened is the first of the recent items on an empty search.
    await search.searchFromHeader('');
    await page.getByRole('heading', { name: 'Recently opened' }).waitFor();
    await page.getByRole('link', { name: CASE, exact: true }).first().waitFor();
    await expectAccessible(page, 'search with recent items');
    await screenshot(page, 'search-recent');
    await page.context().close();
  });
});
