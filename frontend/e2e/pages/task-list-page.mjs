import { activate, tabTo } from '../support/keyboard.mjs';

/**
 * Waits until the table has loaded the view in the address bar. The router changes the address
 * before React renders the new view, so a table that is merely not busy may still be the old one.
 */
function settled(page, testId) {
  return page.waitForFunction((id) => {
    const table = document.querySelector(`[data-testid="${id}"]`);
    return table?.getAttribute('aria-busy') === 'false' && table.dataset.view === window.location.search;
  }, testId);
}

// The task list (/tasks) and its ready to allocate view, worked with the keyboard where a person would.
export class TaskListPage {
  constructor(page) {
    this.page = page;
  }

  async open(query = '') {
    await this.page.goto(`/tasks${query}`);
    await this.waitUntilShown();
    return this.waitForList();
  }

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: 'Tasks', exact: true }).waitFor();
    return this;
  }

  signedInUser() {
    return this.page.getByTestId('signed-in-user');
  }

  queueNavigation() {
    return this.page.getByRole('navigation', { name: 'Task queues' });
  }

  queueTabs() {
    return this.queueNavigation().getByRole('link');
  }

  /** The queue names without their counts, e.g. ["My tasks", "ECU triage team"]. */
  async queueNames() {
    return (await this.queueTabs().allInnerTexts()).map((text) => text.replace(/ \([\d,]+\)$/, ''));
  }

  /** Waits until every queue shows its count. */
  async waitForCounts() {
    await this.page.waitForFunction(() => {
      const links = [...document.querySelectorAll('nav[aria-label="Task queues"] a')].filter((a) =>
        a.getAttribute('href')?.startsWith('/tasks?'),
      );
      return links.length > 0 && links.every((a) => /\(\d[\d,]*\)$/.test(a.textContent ?? ''));
    });
  }

  table() {
    return this.page.getByTestId('task-table');
  }

  /** Waits until the table shows the list of the view in the URL. */
  async waitForList() {
    await settled(this.page, 'task-table');
    return this;
  }

  async openQueue(name) {
    await this.queueNavigation()
      .getByRole('link', { name: new RegExp(`^${name}`) })
      .click();
    await this.caption().filter({ hasText: name }).waitFor();
    await settled(this.page, 'task-table');
  }

  async openQueueByKeyboard(name) {
    await activate(this.page, this.queueNavigation().getByRole('link', { name: new RegExp(`^${name}`) }), 250);
    await this.caption().filter({ hasText: name }).waitFor();
    await settled(this.page, 'task-table');
  }

  caption() {
    return this.table().locator('caption');
  }

  rowFor(caseReference) {
    return this.table().getByRole('row').filter({ hasText: caseReference });
  }

  /**
   * Fills the filter panel with the keyboard and applies it: `search` is typed, the selects are
   * reached with Tab (in the panel's order) and set by their visible option text.
   */
  async filterByKeyboard({ search, taskType, due, assignedTo } = {}) {
    const before = this.page.url();
    if (search !== undefined) {
      const field = this.page.getByLabel('Crime reference or name');
      await tabTo(this.page, field);
      await this.page.keyboard.press('ControlOrMeta+A');
      await this.page.keyboard.type(search);
    }
    for (const [label, option] of [
      ['Task type', taskType],
      ['Due', due],
      ['Assigned to', assignedTo],
    ]) {
      if (option === undefined) continue;
      const select = this.page.getByLabel(label, { exact: true });
      await select.locator('option', { hasText: option }).first().waitFor({ state: 'attached' });
      await tabTo(this.page, select);
      await select.selectOption({ label: option });
    }
    await activate(this.page, this.page.getByRole('button', { name: 'Apply filters' }));
    await this.page.waitForURL((url) => url.href !== before);
    await this.waitForList();
  }

  async claimByKeyboard(row) {
    await activate(this.page, row.getByRole('button', { name: /^Claim/ }));
  }

  async focusClaim(row) {
    await tabTo(this.page, row.getByRole('button', { name: /^Claim/ }));
  }

  successBanner() {
    return this.page.getByRole('status').filter({ hasText: 'Success' });
  }

  errorSummary() {
    return this.page.locator('.govuk-error-summary');
  }

  listUpdates() {
    return this.page.getByTestId('list-updates');
  }

  // A supervisor's bulk reassignment.

  async selectAllOnPageByKeyboard() {
    await tabTo(this.page, this.page.getByRole('checkbox', { name: 'Select all tasks on this page' }));
    await this.page.keyboard.press('Space');
  }

  async reassignSelectedByKeyboard(member) {
    const select = this.page.getByLabel('Reassign to', { exact: true });
    await select.locator('option', { hasText: member }).waitFor({ state: 'attached' });
    await tabTo(this.page, select);
    await select.selectOption({ label: member });
    await activate(this.page, this.page.getByRole('button', { name: /^Reassign selected/ }));
  }

  // The ready to allocate view.

  readyToAllocateLink() {
    return this.queueNavigation().getByRole('link', { name: 'Ready to allocate' });
  }

  async openReadyToAllocateByKeyboard() {
    await activate(this.page, this.readyToAllocateLink(), 250);
    await this.page.getByRole('heading', { name: 'Ready to allocate', level: 1 }).waitFor();
    await settled(this.page, 'ready-to-allocate-table');
  }

  /** The case's row in ready to allocate, following "Next" through the pages until it shows. */
  async readyRowFor(caseReference) {
    for (;;) {
      const row = this.page.getByTestId('ready-to-allocate-table').getByRole('row').filter({ hasText: caseReference });
      if ((await row.count()) > 0) return row;
      const next = this.page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ });
      if ((await next.count()) === 0) throw new Error(`${caseReference} is not ready to allocate`);
      await next.click();
      await settled(this.page, 'ready-to-allocate-table');
    }
  }

  async assignByKeyboard(row, officer) {
    const select = row.getByRole('combobox');
    await select.locator('option', { hasText: officer }).waitFor({ state: 'attached' });
    await tabTo(this.page, select, 250);
    await select.selectOption({ label: officer });
    await activate(this.page, row.getByRole('button', { name: /^Assign/ }));
  }

  async signOut() {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }
}
