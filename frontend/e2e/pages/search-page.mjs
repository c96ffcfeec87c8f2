// The header's search box (on every signed-in page) and the results page it leads to.
export class SearchPage {
  constructor(page) {
    this.page = page;
  }

  headerBox() {
    return this.page.getByRole('search', { name: 'Search cases, people and imports' }).getByRole('searchbox');
  }

  /** Types into the header's box and presses Enter, as a user would from any page. */
  async searchFromHeader(text) {
    await this.headerBox().fill(text);
    await this.headerBox().press('Enter');
    await this.page.waitForURL(/\/search\?q=/);
    return this;
  }

  async waitUntilShown(text) {
    await this.page.getByRole('heading', { level: 1, name: `Search results for ‘${text}’` }).waitFor();
    await this.page.getByRole('status').waitFor();
    return this;
  }

  /** The results of one kind, e.g. "Crimes". */
  group(label) {
    return this.page.getByRole('region', { name: new RegExp(`^${label} \\(`) });
  }

  async open(title, inGroup) {
    await this.group(inGroup).getByRole('link', { name: title, exact: true }).click();
  }
}
