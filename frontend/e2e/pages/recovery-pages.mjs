/** Day, month and year boxes of one GOV.UK date input, found by its legend; the date is { year, month, day }. */
async function fillDate(page, legend, { year, month, day }) {
  const group = page.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('Day').fill(String(day));
  await group.getByLabel('Month').fill(String(month));
  await group.getByLabel('Year').fill(String(year));
}

export class ReferralPage {
  constructor(page) {
    this.page = page;
  }

  navigationLink() {
    return this.page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Refer someone' });
  }

  async openFromNavigation() {
    await this.navigationLink().click();
    await this.page.getByRole('heading', { level: 1, name: 'Refer someone' }).waitFor();
    await this.page.getByRole('option', { name: 'Birmingham (pilot)', exact: true }).waitFor({ state: 'attached' });
    return this;
  }

  /** offences: dates of shop thefts, each with value stolen. */
  async refer({ name, dateOfBirth, area, offences, substanceMisuse, source }) {
    await this.page.getByLabel('Full name').fill(name);
    await fillDate(this.page, 'Date of birth', dateOfBirth);
    await this.page.getByLabel('Local authority area the person lives in').selectOption({ label: area });
    for (const [i, offence] of offences.entries()) {
      if (i > 0) await this.page.getByRole('button', { name: 'Add another offence' }).click();
      await fillDate(this.page, `Date of offence ${i + 1}`, offence.date);
      await this.page.getByLabel(`Value stolen in offence ${i + 1}, in pounds`).fill(String(offence.value));
    }
    await this.page
      .getByRole('group', { name: 'Substance misuse indicated' })
      .getByLabel(substanceMisuse, { exact: true })
      .check();
    await this.page.getByRole('group', { name: 'Referral source' }).getByLabel(source, { exact: true }).check();
    await this.page.getByRole('button', { name: 'Make the referral' }).click();
  }

  outcome() {
    return this.page.getByTestId('referral-outcome');
  }

  status() {
    return this.page.getByTestId('referral-status');
  }

  async openParticipant() {
    await this.page.getByRole('link', { name: 'View the participant' }).click();
  }
}

export class ParticipantPage {
  constructor(page) {
    this.page = page;
  }

  async open(reference) {
    await this.page.goto(`/recovery/participants/${encodeURIComponent(reference)}`);
    return this;
  }

  async waitUntilShown(name) {
    await this.page.getByRole('heading', { level: 1, name }).waitFor();
    return this;
  }

  status() {
    return this.page.getByTestId('participant-status');
  }

  refusal() {
    return this.page.getByRole('heading', { level: 1, name: 'You cannot see this participant' });
  }
}

export class JointAssessmentForm {
  constructor(page) {
    this.page = page;
  }

  async answer({ willing, treatment, sharing }) {
    await this.page
      .getByRole('group', { name: 'Is the person willing to engage?' })
      .getByLabel(willing, { exact: true })
      .check();
    await this.page
      .getByRole('group', { name: 'Does the person consent to treatment?' })
      .getByLabel(treatment, { exact: true })
      .check();
    await this.page
      .getByRole('group', { name: /consent to information sharing/ })
      .getByLabel(sharing, { exact: true })
      .check();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save the assessment' }).click();
  }
}
