// The administrator's retention review: records due for review, and the page that erases one's personal data.
export class RetentionPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: 'Retention review', level: 1 }).waitFor();
    return this;
  }

  navigationLink() {
    return this.page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Retention review' });
  }

  /** Shows the records of one type due by a date ({ day, month, year }). */
  async showDue(recordTypeLabel, { day, month, year }) {
    await this.page.getByLabel('Record type').selectOption({ label: recordTypeLabel });
    await this.page.getByLabel('Day').fill(String(day));
    await this.page.getByLabel('Month').fill(String(month));
    await this.page.getByLabel('Year').fill(String(year));
    await this.page.getByRole('button', { name: 'Show records due' }).click();
  }

  dueRecords() {
    return this.page.getByTestId('due-records');
  }

  rowFor(recordId) {
    return this.dueRecords()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: recordId, exact: true }) });
  }

  async openErasure(recordId) {
    await this.rowFor(recordId)
      .getByRole('link', { name: /Erase personal data/ })
      .click();
    await this.page.getByRole('heading', { name: `Erase personal data from ${recordId}`, level: 1 }).waitFor();
  }

  async erase(justification) {
    if (justification !== undefined) {
      await this.page.getByLabel('Why are you erasing this personal data?').fill(justification);
    }
    await this.page.getByRole('button', { name: 'Erase personal data' }).click();
  }

  successBanner() {
    return this.page.locator('.govuk-notification-banner--success');
  }

  errorSummary() {
    return this.page.locator('.govuk-error-summary');
  }
}
