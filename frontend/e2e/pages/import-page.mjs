// The two kinds of file import, told apart by where they live and what they are called.
const KINDS = {
  disseminations: {
    path: '/fraud/imports',
    heading: 'Import disseminations',
    navigation: 'Import disseminations',
    file: 'Dissemination file (CSV)',
  },
  victimLists: {
    path: '/victim-care/imports',
    heading: 'Import a weekly victim list',
    navigation: 'Victim lists',
    file: 'Victim list (CSV)',
  },
};

// An import's pages: the upload form with recent imports, and one import's status.
export class ImportPage {
  constructor(page, kind = 'disseminations') {
    this.page = page;
    this.kind = KINDS[kind];
  }

  async open() {
    await this.page.goto(this.kind.path);
    return this.waitUntilShown();
  }

  async openFromNavigation() {
    await this.navigationLink().click();
    return this.waitUntilShown();
  }

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: this.kind.heading, level: 1 }).waitFor();
    return this;
  }

  navigationLink() {
    return this.page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: this.kind.navigation });
  }

  async upload(fileName, content) {
    await this.page.getByLabel(this.kind.file).setInputFiles({
      name: fileName,
      mimeType: 'text/csv',
      buffer: Buffer.from(content, 'utf8'),
    });
    await this.page.getByRole('button', { name: 'Upload and import' }).click();
  }

  // The hint under the file input once it says the given words (the size limit arrives from the server).
  fileHintSaying(words) {
    return this.page.locator('#file-hint', { hasText: words });
  }

  errorSummary() {
    return this.page.locator('.govuk-error-summary');
  }

  fileInputError() {
    return this.page.locator('#file-error');
  }

  recentImport(fileName) {
    return this.page.getByTestId('recent-imports').getByRole('link', { name: fileName });
  }

  // The status page of one import.

  async waitForStatusOf(fileName) {
    await this.page.getByRole('heading', { name: fileName, level: 1 }).waitFor();
    await this.page.waitForURL(new RegExp(`${this.kind.path}/[0-9a-f-]{36}$`));
    return this;
  }

  progressAnnouncement() {
    return this.page.getByTestId('import-progress-text');
  }

  status() {
    return this.page.getByTestId('import-status');
  }

  async waitUntilFinished(timeout = 60_000) {
    await this.page.getByTestId('import-summary').waitFor({ timeout });
  }

  async summaryValue(key) {
    const row = this.page
      .getByTestId('import-summary')
      .locator('.govuk-summary-list__row')
      .filter({
        has: this.page.locator('dt', { hasText: key }),
      });
    return (await row.locator('dd').innerText()).trim();
  }

  reportRows() {
    return this.page.getByTestId('import-report').locator('tbody tr');
  }

  reportDownloadLink() {
    return this.page.getByRole('link', { name: 'Download the report (CSV)' });
  }
}
