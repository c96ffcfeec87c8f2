// The dissemination import pages: the upload form with recent imports, and one import's status.
export class ImportPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/fraud/imports');
    return this.waitUntilShown();
  }

  async openFromNavigation() {
    await this.navigationLink().click();
    return this.waitUntilShown();
  }

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: 'Import disseminations', level: 1 }).waitFor();
    return this;
  }

  navigationLink() {
    return this.page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Import disseminations' });
  }

  async upload(fileName, content) {
    await this.page.getByLabel('Dissemination file (CSV)').setInputFiles({
      name: fileName,
      mimeType: 'text/csv',
      buffer: Buffer.from(content, 'utf8'),
    });
    await this.page.getByRole('button', { name: 'Upload and import' }).click();
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
    await this.page.waitForURL(/\/fraud\/imports\/[0-9a-f-]{36}$/);
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
    const row = this.page.getByTestId('import-summary').locator('.govuk-summary-list__row').filter({
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
