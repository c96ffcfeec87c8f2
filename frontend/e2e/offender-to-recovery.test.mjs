import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { signedInApi, taskOf } from './support/api.mjs';
import { LoginPage } from './pages/login-page.mjs';
import { JointAssessmentForm, ParticipantPage, ReferralPage } from './pages/recovery-pages.mjs';
import { TaskPage } from './pages/task-page.mjs';
import { addDays, londonToday } from './support/london-days.mjs';

const run = Date.now().toString(36);
const NAME = `Ryan Cole ${run}`;
const daysAgo = (days) => addDays(londonToday(), -days);

describe('Offender to Recovery', () => {
  let browser;
  let reference;

  before(async () => {
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
  });

  it('lets an O2R officer refer an eligible Birmingham person and see the participant', async () => {
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('o2r.officer'));
    const referral = new ReferralPage(page);
    await referral.navigationLink().waitFor();
    await referral.openFromNavigation();

    await page.getByRole('button', { name: 'Make the referral' }).click();
    await page.locator('.govuk-error-summary').getByRole('link', { name: "Enter the person's name" }).waitFor();
    await expectAccessible(page, 'referral form with errors');

    await referral.refer({
      name: NAME,
      dateOfBirth: { year: 1990, month: 2, day: 3 },
      area: 'Birmingham (pilot)',
      offences: [
        { date: daysAgo(10), value: 45.5 },
        { date: daysAgo(40), value: 120 },
        { date: daysAgo(70), value: 30 },
      ],
      substanceMisuse: 'Drugs',
      source: 'Police officer',
    });
    await referral.outcome().waitFor();
    reference = (await referral.outcome().locator('strong').innerText()).trim();
    assert.match(reference, /^O2R-\d+$/);
    assert.doesNotMatch(await referral.status().innerText(), /Not eligible/);
    await expectAccessible(page, 'referral made');
    await screenshot(page, 'o2r-referral-made');

    await referral.openParticipant();
    await new ParticipantPage(page).waitUntilShown(NAME);
    assert.match(await page.getByTestId('offences').innerText(), /£45\.50/);
    await expectAccessible(page, 'participant page');
    await screenshot(page, 'o2r-participant');
    await page.context().close();
  });

  it('lets the Birmingham drug worker complete the joint assessment', async () => {
    assert.ok(reference, 'the referral journey made a participant');
    const api = await signedInApi('drug.worker');
    const taskId = await taskOf(api, 'cgl-birmingham', reference, 'Task_JointAssessment');
    await api.dispose();

    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('drug.worker'));
    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Participants' })
      .waitFor();
    await page.goto(`/tasks/${taskId}`);
    const task = await new TaskPage(page).waitUntilShown('Joint assessment');
    await task.claim();
    const form = new JointAssessmentForm(page);
    await form.save();
    await task.errorSummaryLinks().first().waitFor();
    assert.equal(
      await task
        .errorSummary()
        .getByRole('link', { name: 'Say whether the person is willing to engage' })
        .getAttribute('href'),
      '#willingToEngage',
    );
    await expectAccessible(page, 'joint assessment with errors');
    await screenshot(page, 'o2r-joint-assessment-errors');

    await form.answer({ willing: 'Yes', treatment: 'Yes', sharing: 'Yes' });
    await form.save();
    // Enrolment is offered to the same drug worker next; this journey goes back to the queue instead.
    await page.getByTestId('next-step').getByRole('button', { name: 'Continue to enrol participant' }).waitFor();
    await page.getByRole('link', { name: 'Back to your tasks' }).click();
    await page.waitForURL('**/tasks');

    const participant = await new ParticipantPage(page).open(reference).then((p) => p.waitUntilShown(NAME));
    await participant.status().filter({ hasText: 'Awaiting enrolment' }).waitFor();
    assert.match(await page.getByTestId('assessment').innerText(), /Consents to treatment\s*Yes/);
    await page.context().close();
  });

  it('refuses the participant to the Coventry drug worker, in words', async () => {
    assert.ok(reference, 'the referral journey made a participant');
    const page = await newPage(browser);
    await new LoginPage(page).open().then((l) => l.signInAs('drug.worker.coventry'));
    await page
      .getByRole('navigation', { name: 'Primary navigation' })
      .getByRole('link', { name: 'Participants' })
      .waitFor();
    const participant = await new ParticipantPage(page).open(reference);
    await participant.refusal().waitFor();
    assert.match(await page.getByTestId('participant-problem').innerText(), /not in an area you work in/);
    assert.equal(await page.getByText(NAME).count(), 0);
    await expectAccessible(page, 'participant refused to another area');
    await screenshot(page, 'o2r-participant-refused');
    await page.context().close();
  });
});
