export class TaskPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilShown(taskName) {
    await this.page.getByRole('heading', { level: 1, name: taskName }).waitFor();
    return this;
  }

  assignee() {
    return this.page.getByTestId('task-header').getByTestId('task-assignee');
  }

  /** The value of one fact in "Facts for this decision", by its label. */
  decisionFact(label) {
    return this.page
      .getByTestId('decision-facts')
      .locator('.govuk-summary-list__row', { has: this.page.getByText(label, { exact: true }) })
      .locator('dd');
  }

  async claim() {
    await this.page.getByRole('button', { name: 'Claim task' }).click();
    await this.assignee().filter({ hasNotText: 'Unassigned' }).waitFor();
  }

  async openCase() {
    await this.page.getByTestId('task-header').getByRole('link').click();
  }

  errorSummary() {
    return this.page.locator('.govuk-error-summary');
  }

  errorSummaryLinks() {
    return this.errorSummary().getByRole('link');
  }

  inlineErrors() {
    return this.page.locator('.govuk-error-message');
  }

  /** Fills the triage form; leave out what the case does not need. */
  async fillTriage({ linesOfEnquiry = [], priority, decision, officer, filingRationale }) {
    await this.page.getByLabel('Reasonable lines of enquiry').fill(linesOfEnquiry.join('\n'));
    if (priority)
      await this.page.getByRole('group', { name: 'Priority' }).getByLabel(priority, { exact: true }).check();
    if (decision) await this.page.getByRole('group', { name: 'Decision' }).getByLabel(decision).check();
    if (officer) {
      const select = this.page.getByLabel('Officer (optional)', { exact: true });
      await select.locator('option', { hasText: officer }).waitFor({ state: 'attached' });
      await select.selectOption({ label: officer });
    }
    if (filingRationale !== undefined) await this.page.getByLabel('Rationale for filing').fill(filingRationale);
  }

  async submitTriage() {
    await this.page.getByRole('button', { name: 'Save triage decision' }).click();
  }
}
