import { useState, type ChangeEvent, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import type { ErrorItem } from '../../../components/error-summary';
import { Radios } from '../../../components/radios';
import { Textarea } from '../../../components/textarea';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { dateProblem, emptyDate, toIsoDate, todayIso, type DateParts } from '../../../lib/dates';
import { endSupport, reopenReferral, type ReferralDetail, type SupportEndedOutcome } from '../api/referrals';
import { CLOSURE_OUTCOMES } from './victim-care-words';

interface Props {
  referral: ReferralDetail;
  errorFor: (id: string) => string | undefined;
  onProblems: (problems: ErrorItem[]) => void;
  onChanged: (referral: ReferralDetail, message: string) => void;
}

/** Each referral's form has its own ids, as a victim may have more than one referral on the page. */
export const lifecycleFieldId = (reference: string, field: string) => `lifecycle-${reference}-${field}`;

function toItems(reference: string, problems: FieldError[]): ErrorItem[] {
  return problems.map(({ field, message }) => {
    const id = lifecycleFieldId(reference, field === 'on' ? 'on-day' : field);
    return { field: document.getElementById(id) ? id : undefined, message };
  });
}

export interface SupportEndedDraft {
  outcome: string;
  on: DateParts;
  reason: string;
}

/** The victim withdrew or opted out: which, the day they said so (not in the future) and why. */
export function validateSupportEnded(draft: SupportEndedDraft, today = todayIso()): FieldError[] {
  if (!draft.outcome) {
    return [{ field: 'outcome', message: 'Choose whether the victim withdrew from support or opted out of contact' }];
  }
  const problems: FieldError[] = [];
  const date = dateProblem(draft.on, 'the date the victim told the unit', { notInFuture: true, today });
  if (date) problems.push({ field: 'on', message: date });
  if (!draft.reason.trim()) problems.push({ field: 'reason', message: 'Give the reason the victim gave' });
  return problems;
}

function problemsOf(reference: string, e: unknown, fallback: string): ErrorItem[] {
  if (e instanceof ApiError && e.fieldErrors.length > 0) return toItems(reference, e.fieldErrors);
  return [{ message: e instanceof ApiError ? e.message : fallback }];
}

/**
 * The referral's own actions for a victim care officer: while open, record that the victim withdrew from
 * support or opted out of contact (closes it, cancelling its tasks); once closed, reopen it with a reason.
 */
export function ReferralLifecycleForm({ referral, errorFor, onProblems, onChanged }: Props) {
  const ref = referral.reference;
  const id = (field: string) => lifecycleFieldId(ref, field);
  const [draft, setDraft] = useState<SupportEndedDraft>({ outcome: '', on: emptyDate(), reason: '' });
  const [reopenReason, setReopenReason] = useState('');
  const [busy, setBusy] = useState(false);
  const closed = referral.stage === 'CLOSED';

  async function submitEnded(event: FormEvent) {
    event.preventDefault();
    const problems = validateSupportEnded(draft);
    if (problems.length > 0) return onProblems(toItems(ref, problems));
    setBusy(true);
    try {
      const outcome = draft.outcome as SupportEndedOutcome;
      const updated = await endSupport(ref, { outcome, on: toIsoDate(draft.on), reason: draft.reason.trim() });
      onChanged(updated, `${ref} closed: ${CLOSURE_OUTCOMES[outcome].toLowerCase()}`);
    } catch (e) {
      onProblems(problemsOf(ref, e, 'The referral could not be closed; try again'));
    } finally {
      setBusy(false);
    }
  }

  async function submitReopen(event: FormEvent) {
    event.preventDefault();
    if (!reopenReason.trim()) {
      return onProblems(toItems(ref, [{ field: 'reason', message: 'Give the reason for reopening the referral' }]));
    }
    setBusy(true);
    try {
      const updated = await reopenReferral(ref, reopenReason.trim());
      setReopenReason('');
      onChanged(updated, `${ref} reopened: it is back awaiting first contact`);
    } catch (e) {
      onProblems(problemsOf(ref, e, 'The referral could not be reopened; try again'));
    } finally {
      setBusy(false);
    }
  }

  if (closed) {
    return (
      <form onSubmit={submitReopen} noValidate data-testid={`reopen-form-${ref}`}>
        <h3 className="govuk-heading-s">Reopen the referral</h3>
        <p className="govuk-body">
          The referral goes back to first contact under the same reference. A person has one open referral at a time.
        </p>
        <Textarea
          id={id('reason')}
          label="Why is the referral being reopened?"
          rows={2}
          error={errorFor(id('reason'))}
          value={reopenReason}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setReopenReason(e.target.value)}
        />
        <button
          type="submit"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          disabled={busy}
        >
          Reopen referral
        </button>
      </form>
    );
  }

  const fields = (
    <>
      <DateInput
        id={id('on')}
        legend="When did the victim tell the unit?"
        hint="For example, 25 11 2026"
        error={errorFor(id('on-day'))}
        value={draft.on}
        onChange={(on) => setDraft((d) => ({ ...d, on }))}
      />
      <Textarea
        id={id('reason')}
        label="The reason the victim gave"
        rows={2}
        error={errorFor(id('reason'))}
        value={draft.reason}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setDraft((d) => ({ ...d, reason: e.target.value }))}
      />
    </>
  );
  return (
    <form onSubmit={submitEnded} noValidate data-testid={`end-support-form-${ref}`}>
      <Radios
        name={id('outcome')}
        legend="Has the victim withdrawn or opted out?"
        legendSize="s"
        hint="This closes the referral and cancels its open tasks. It can be reopened later."
        error={errorFor(id('outcome'))}
        value={draft.outcome}
        onChange={(outcome) => setDraft((d) => ({ ...d, outcome }))}
        options={(['WITHDRAWN', 'OPTED_OUT'] as const).map((value) => ({
          value,
          label: CLOSURE_OUTCOMES[value],
          conditional: draft.outcome === value ? fields : undefined,
        }))}
      />
      <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={busy}>
        Close referral
      </button>
    </form>
  );
}
