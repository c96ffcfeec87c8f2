import { useCallback, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { Textarea } from '../../../components/textarea';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { useApiData } from '../../../lib/use-api-data';
import { changeContactPlan, getReferral, type ReferralDetail } from '../api/referrals';
import { ContactPlanTimeline } from './contact-plan-timeline';
import { ContactRows, dateParts, emptyContactRow } from './contact-rows';
import { victimPageHref } from './referral-page';
import { RepeatVictimTag } from './repeat-victim-tag';
import { RequireVictimCareOfficer } from './require-victim-care-officer';
import { planChangeAnswers, planChangeFieldId, validatePlanChange, type PlanChangeDraft } from './victim-care-answers';
import type { VictimPageState } from './victim-page';

/** Contacts not yet logged are the ones a change replaces, so the form starts from them. */
const OPEN = ['PLANNED', 'DUE_TODAY', 'OVERDUE'];

function initialDraft(referral: ReferralDetail): PlanChangeDraft {
  const open = (referral.contactPlan?.contacts ?? []).filter((c) => OPEN.includes(c.status));
  return {
    contacts:
      open.length > 0 ? open.map((c) => ({ dueOn: dateParts(c.dueOn), channel: c.channel })) : [emptyContactRow()],
    reason: '',
  };
}

function toItems(problems: FieldError[]): ErrorItem[] {
  return problems.map(({ field, message }) => {
    const id = planChangeFieldId(field);
    return { field: document.getElementById(id) ? id : undefined, message };
  });
}

function ChangePlanForm({ referral }: { referral: ReferralDetail }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<PlanChangeDraft>(() => initialDraft(referral));
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const back = victimPageHref(referral.victimId, referral.reference);
  const errorFor = (id: string) => errors.find((e) => e.field === id)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validatePlanChange(draft);
    if (problems.length > 0) return setErrors(toItems(problems));
    setBusy(true);
    try {
      await changeContactPlan(referral.reference, planChangeAnswers(draft));
      navigate(back, { state: { notice: `Contact plan changed for ${referral.reference}` } satisfies VictimPageState });
    } catch (e) {
      setErrors(
        e instanceof ApiError && e.fieldErrors.length > 0
          ? toItems(e.fieldErrors)
          : [{ message: e instanceof ApiError ? e.message : 'The contact plan could not be changed; try again' }],
      );
      setBusy(false);
    }
  }

  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back to the victim
      </Link>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">
        {referral.reference}, {referral.victimName} <RepeatVictimTag repeatVictim={referral.repeatVictim} />
      </span>
      <h1 className="govuk-heading-l">Change contact plan</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Contacts already logged stay as they are. The contacts below replace every contact not yet logged, and the
            contact tasks follow the new plan.
          </p>
          <form onSubmit={submit} noValidate>
            <h2 className="govuk-heading-m">Contacts</h2>
            <ContactRows
              rows={draft.contacts}
              errorFor={errorFor}
              onChange={(contacts) => setDraft((d) => ({ ...d, contacts }))}
            />
            <Textarea
              id="reason"
              label="Why is the plan changing?"
              labelSize="m"
              hint="For example, the victim asked for visits instead of calls"
              error={errorFor('reason')}
              value={draft.reason}
              onChange={(e) => setDraft((d) => ({ ...d, reason: e.target.value }))}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
                Save contact plan
              </button>
              <Link to={back} className="govuk-link">
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
      {referral.contactPlan && (
        <>
          <h2 className="govuk-heading-m">The plan as it is</h2>
          <ContactPlanTimeline plan={referral.contactPlan} />
        </>
      )}
    </>
  );
}

function ChangePlan({ reference }: { reference: string }) {
  const load = useCallback(() => getReferral(reference), [reference]);
  const referral = useApiData(load);
  if (referral.error) {
    return (
      <>
        <h1 className="govuk-heading-l">
          {referral.status === 404 ? 'Referral not found' : 'Sorry, there is a problem'}
        </h1>
        <p className="govuk-body">{referral.error}</p>
      </>
    );
  }
  if (!referral.data) return <p className="govuk-body">Loading…</p>;
  if (!referral.data.contactPlan || referral.data.stage === 'CLOSED') {
    return (
      <>
        <h1 className="govuk-heading-l">Change contact plan</h1>
        <p className="govuk-body">
          {referral.data.stage === 'CLOSED'
            ? 'The referral is closed, so its contact plan cannot change.'
            : 'No contact plan has been agreed yet: agree one in the contact plan task.'}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={victimPageHref(referral.data.victimId, reference)}>
            Back to the victim
          </Link>
        </p>
      </>
    );
  }
  return <ChangePlanForm referral={referral.data} />;
}

/** /victim-care/referrals/:reference/contact-plan: replaces the contacts not yet logged, with a reason. */
export function ChangeContactPlanPage() {
  const { reference = '' } = useParams();
  return (
    <RequireVictimCareOfficer>
      <ChangePlan reference={reference} />
    </RequireVictimCareOfficer>
  );
}
