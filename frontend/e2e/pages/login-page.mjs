import { demoPassword } from '../support/browser.mjs';

export class LoginPage {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.goto('/login');
    await this.page.getByRole('heading', { name: 'Sign in to ECU Casework' }).waitFor();
    return this;
  }

  async signInAs(username, password = demoPassword) {
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  errorSummary() {
    return this.page.locator('.govuk-error-summary');
  }
}
