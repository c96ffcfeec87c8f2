import { useState, type FormEvent } from 'react';
import { NotesField } from '../../../components/notes-field';
import type { ErrorItem } from '../../../components/error-summary';
import { Radios } from '../../../components/radios';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/dates';
import { logContactAttempt, type ReferralDetail } from '../api/referrals';
import { contactAttemptAnswers, validateContactAttempt, type ContactAttemptDraft } from './victim-care-answers';
import { FAILED_CONTACT_OUTCOMES } from './victim-care-words';

interface Props {
  referral: ReferralDetail;
  errorFor: (id: string) => string | undefined;
  onProblems: (problems: ErrorItem[]) => void;
  onLogged: (referral: ReferralDetail) => void;
  /** The planned contact attempted; absent for an attempt at first contact. */
  plannedContact?: { id: string; dueOn?: string | null };
}

const empty = (): ContactAttemptDraft => ({ outcome: '', notes: '' });

/** Each referral's form has its own ids, as a victim may have more than one referral awaiting first contact. */
export const attemptFieldId = (reference: string, field: string) => `attempt-${reference}-${field}`;

/** Problems by answer name → summary items linking to this form's fields. */
function toItems(formKey: string, problems: FieldError[]): ErrorItem[] {
  return problems.map(({ field, message }) => {
    const id = attemptFieldId(formKey, field === 'attemptedAt' ? 'outcome' : field);
    return { field: document.getElementById(id) ? id : undefined, message };
  });
}

/**
 * Logs a failed attempt (no answer, wrong number, voicemail) at first contact or at a planned contact,
 * without completing the task: an attempt is not a contact, so the contact stays open and its clock runs.
 */
export function ContactAttemptForm({ referral, errorFor, onProblems, onLogged, plannedContact }: Props) {
  const [draft, setDraft] = useState<ContactAttemptDraft>(empty);
  const [busy, setBusy] = useState(false);
  const ref = plannedContact ? `${referral.reference}-${plannedContact.id}` : referral.reference;
  const failed = referral.contactAttempts.filter((a) => !a.plannedContactId).length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateContactAttempt(draft);
    if (problems.length > 0) return onProblems(toItems(ref, problems));
    setBusy(true);
    try {
      const answers = contactAttemptAnswers(draft);
      const updated = await logContactAttempt(
        referral.reference,
        plannedContact ? { ...answers, plannedContactId: plannedContact.id } : answers,
      );
      setDraft(empty());
      onLogged(updated);
    } catch (e) {
      onProblems(
        e instanceof ApiError && e.fieldErrors.length > 0
          ? toItems(ref, e.fieldErrors)
          : [{ message: e instanceof ApiError ? e.message : 'The attempt could not be logged; try again' }],
      );
    } finally {
      setBusy(false);
    }
  }

  const headingId = `attempt-${ref}-heading`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId} data-testid={`contact-attempt-form-${ref}`}>
      <h4 className="govuk-heading-s" id={headingId}>
        {plannedContact
          ? `Log a failed attempt at the contact planned for ${formatDate(plannedContact.dueOn)}`
          : 'Log a failed contact attempt'}
      </h4>
      {plannedContact ? (
        <p className="govuk-body">
          A call with no answer is an attempt, not a contact: the contact stays open until you reach the victim.
        </p>
      ) : (
        <p className="govuk-body">
          {failed} of {referral.maxFailedAttempts} failed attempts logged. After {referral.maxFailedAttempts} the
          referral goes to a supervisor to decide whether to try again or close it. When you reach the victim, complete
          the first contact task instead.
        </p>
      )}
      <Radios
        name={attemptFieldId(ref, 'outcome')}
        legend="What happened?"
        legendSize="s"
        error={errorFor(attemptFieldId(ref, 'outcome'))}
        value={draft.outcome}
        onChange={(outcome) => setDraft((d) => ({ ...d, outcome }))}
        options={Object.entries(FAILED_CONTACT_OUTCOMES).map(([value, label]) => ({ value, label }))}
      />
      <NotesField
        id={attemptFieldId(ref, 'notes')}
        rows={2}
        error={errorFor(attemptFieldId(ref, 'notes'))}
        value={draft.notes}
        onChange={(notes) => setDraft((d) => ({ ...d, notes }))}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={busy}>
        Log failed attempt
      </button>
    </form>
  );
}
