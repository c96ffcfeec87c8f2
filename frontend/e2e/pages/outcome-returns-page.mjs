// The outcome returns page: the returns by month and, for ECU supervisors, the form that builds one.
export class OutcomeReturnsPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/fraud/outcome-returns');
    return this.waitUntilShown();
  }

  async openFromNavigation() {
    await this.navigationLink().click();
    return this.waitUntilShown();
  }

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: 'Outcome returns', level: 1 }).waitFor();
    return this;
  }

  navigationLink() {
    return this.page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Outcome returns' });
  }

  async buildFor(month) {
    await this.page.getByLabel('Month').fill(month);
    await this.page.getByRole('button', { name: 'Build the return' }).click();
  }

  successBanner() {
    return this.page.locator('.govuk-notification-banner--success');
  }

  errorSummary() {
    return this.page.locator('.govuk-error-summary');
  }

  /** The table of returns, or the line saying there are none yet, whichever the page shows. */
  returnsList() {
    return this.page.getByTestId('outcome-returns').or(this.page.getByTestId('no-returns'));
  }
}
