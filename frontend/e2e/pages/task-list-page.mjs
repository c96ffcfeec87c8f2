export class TaskListPage {
  constructor(page) {
    this.page = page;
  }

  async waitUntilShown() {
    await this.page.getByRole('heading', { name: 'Tasks', exact: true }).waitFor();
    return this;
  }

  signedInUser() {
    return this.page.getByTestId('signed-in-user');
  }

  queueTabs() {
    return this.page.getByRole('navigation', { name: 'Task queues' }).getByRole('link');
  }

  async openQueue(name) {
    await this.page.getByRole('navigation', { name: 'Task queues' }).getByRole('link', { name }).click();
    await this.page.locator('caption', { hasText: name }).waitFor();
  }

  rowFor(caseReference) {
    return this.page.getByTestId('task-table').getByRole('row').filter({ hasText: caseReference });
  }

  async signOut() {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }
}
