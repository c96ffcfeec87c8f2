// The auditor's workspace: searching the audit trail, one event's detail and verifying the hash chain.
export class AuditPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor();
    return this;
  }

  navigationLink() {
    return this.page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Audit trail' });
  }

  /** Searches for the events about one crime. */
  async searchByCrimeReference(crimeReference) {
    await this.page.getByLabel('Kind of record').selectOption({ label: 'Crime reference' });
    await this.page.getByLabel('Reference', { exact: true }).fill(crimeReference);
    await this.page.getByRole('main').getByRole('button', { name: 'Search' }).click();
  }

  events() {
    return this.page.getByTestId('audit-events');
  }

  /** The result rows (the head row left out). */
  eventRows() {
    return this.events().locator('tbody').getByRole('row');
  }

  async openFirstEvent() {
    await this.eventRows().first().getByRole('link').click();
    await this.page.getByTestId('audit-event').waitFor();
  }

  eventDetail() {
    return this.page.getByTestId('audit-event');
  }

  async verifyChain() {
    await this.page.getByRole('button', { name: 'Verify the audit trail' }).click();
    await this.page
      .getByTestId('verification-result')
      .getByText(/Verified up to event \d+|Broken at event/)
      .waitFor();
    return this.page.getByTestId('verification-result').innerText();
  }
}
