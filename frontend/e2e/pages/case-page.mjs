export class CasePage {
  constructor(page) {
    this.page = page;
  }

  async open(crimeReference) {
    await this.page.goto(`/cases/${encodeURIComponent(crimeReference)}`);
    return this.waitUntilShown(crimeReference);
  }

  async waitUntilShown(crimeReference) {
    await this.page.getByRole('heading', { level: 1, name: crimeReference }).waitFor();
    await this.page.getByTestId('crime-facts').waitFor();
    return this;
  }

  /** The value of one row of the crime's summary list, e.g. "Triage decision". */
  fact(name) {
    return this.page
      .getByTestId('crime-facts')
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${name}$`) }) })
      .locator('dd');
  }

  timeline() {
    return this.page.getByTestId('case-timeline');
  }

  linesOfEnquiry() {
    return this.page.getByTestId('lines-of-enquiry').getByRole('listitem');
  }

  problem() {
    return this.page.getByTestId('case-problem');
  }
}
