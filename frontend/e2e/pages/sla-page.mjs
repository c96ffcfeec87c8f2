// The service levels page: breaches awaiting review, work at risk, the weekly trend chart and compliance.
export class SlaPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/sla');
    return this.waitUntilShown();
  }

  async openFromNavigation() {
    await this.page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Service levels' })
      .click();
    return this.waitUntilShown();
  }

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: 'Service levels', level: 1 }).waitFor();
    await this.page.getByTestId('breach-trend-table').waitFor();
    return this;
  }

  /** The chart is drawn on a canvas; its figures are read from the table that always stands beside it. */
  trendWeeks() {
    return this.page.getByTestId('breach-trend-table').locator('tbody tr');
  }

  awaitingReview() {
    return this.page.getByTestId('breaches-awaiting-review');
  }

  reviewRowFor(caseReference) {
    return this.awaitingReview().getByRole('row').filter({ hasText: caseReference });
  }

  compliance() {
    return this.page.getByTestId('compliance');
  }

  victimsCode() {
    return this.page.getByTestId('victims-code');
  }
}
