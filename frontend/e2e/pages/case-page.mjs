import { tabTo } from '../support/keyboard.mjs';

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

  // Where the case stands: the steps in words and the drawn diagram.

  progress(name) {
    return this.page
      .getByTestId('case-progress')
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${name}$`) }) })
      .locator('dd');
  }

  diagram() {
    return this.page.getByTestId('case-diagram');
  }

  async waitForDiagram() {
    await this.page.locator('[data-testid="case-diagram"][data-state="ready"]').waitFor();
    return this.diagram();
  }

  /** The drawn shape of a BPMN element, e.g. Task_InvestigationPlan. */
  diagramElement(id) {
    return this.diagram().locator(`g.djs-element[data-element-id="${id}"]`);
  }

  // Notes, reached and written with the keyboard only.

  noteField() {
    return this.page.locator('#note');
  }

  /**
   * Presses Tab until the element is focused, as a keyboard user would (fails after `limit` presses). The case page
   * holds many forms, and the error summary sends focus back to its top.
   */
  async tabTo(locator, limit = 120) {
    await tabTo(this.page, locator, limit);
  }

  async addNoteByKeyboard(text) {
    await this.tabTo(this.noteField());
    if (text) await this.page.keyboard.type(text);
    await this.tabTo(this.page.getByRole('button', { name: 'Add note' }));
    await this.page.keyboard.press('Enter');
  }

  noteCount() {
    return this.page.getByTestId('note-count');
  }

  errorSummary() {
    return this.page.locator('.govuk-error-summary');
  }

  successBanner() {
    return this.page.getByRole('status').filter({ hasText: 'Success' });
  }

  latestTimelineEntry() {
    return this.timeline().locator('.moj-timeline__item').first();
  }
}
