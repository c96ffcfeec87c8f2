// The board report: the board's fraud figures for a period, each chart with its figures in a table beside it.
export class BoardPage {
  constructor(page) {
    this.page = page;
  }

  async openFromNavigation() {
    await this.page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Board report' })
      .click();
    return this.waitUntilShown();
  }

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: 'Board report', level: 1 }).waitFor();
    await this.table('Fraud reports by NFIB type').waitFor();
    return this;
  }

  /** A figure's table, found by its caption. */
  table(caption) {
    return this.page.getByRole('table', { name: caption, exact: true });
  }

  /** The rows of a table with a figure in the period shown (the first number column). */
  async rowsWithReports(caption) {
    const rows = this.table(caption).locator('tbody tr');
    const found = [];
    for (const row of await rows.all()) {
      const label = (await row.locator('th').innerText()).trim();
      const current = Number((await row.locator('td').first().innerText()).trim());
      if (current > 0) found.push({ label, current, row });
    }
    return found;
  }

  charts() {
    return this.page.locator('.app-bar-chart canvas');
  }

  async choosePeriod(from, to) {
    await this.page.getByLabel('From (YYYY-MM-DD)').fill(from);
    await this.page.getByLabel('To (YYYY-MM-DD)').fill(to);
    await this.page.getByRole('button', { name: 'Show the figures' }).click();
  }
}
