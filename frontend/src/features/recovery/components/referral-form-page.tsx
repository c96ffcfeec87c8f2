import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { NotesField } from '../../../components/notes-field';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { Radios } from '../../../components/radios';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { dateProblem, emptyDate, toIsoDate, type DateParts } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { useSession } from '../../../lib/session-context';
import { SubmitButton } from '../../../components/submit-button';
import {
  listLocalAuthorities,
  referParticipant,
  type LocalAuthority,
  type NewReferral,
  type ReferralOutcome,
  type ReferralSource,
  type SubstanceMisuse,
} from '../api/recovery';
import {
  emptyOffence,
  isPounds,
  offenceAnswerId,
  offenceProblems,
  offencesOf,
  parsePounds,
  OffenceRows,
  type OffenceDraft,
} from './offence-rows';
import { canRefer } from './recovery-access';
import {
  INELIGIBILITY_REASONS,
  inWords,
  optionsOf,
  participantHref,
  REFERRAL_SOURCES,
  STATUSES,
  SUBSTANCE_MISUSE,
} from './recovery-words';

export interface ReferralDraft {
  name: string;
  dateOfBirth: DateParts;
  pncId: string;
  localAuthority: string;
  referralSource: string;
  substanceMisuse: string;
  weeklyDrugSpend: string;
  offences: OffenceDraft[];
  notes: string;
}

export const emptyReferral = (): ReferralDraft => ({
  name: '',
  dateOfBirth: emptyDate(),
  pncId: '',
  localAuthority: '',
  referralSource: '',
  substanceMisuse: '',
  weeklyDrugSpend: '',
  offences: [emptyOffence()],
  notes: '',
});

/** The element id each answer's error links to. */
export function referralFieldId(field: string): string {
  if (field === 'dateOfBirth') return 'dateOfBirth-day';
  return offenceAnswerId(field) ?? field;
}

export function validateReferral(draft: ReferralDraft): FieldError[] {
  const problems: FieldError[] = [];
  if (!draft.name.trim()) problems.push({ field: 'name', message: "Enter the person's name" });
  const dob = dateProblem(draft.dateOfBirth, "the person's date of birth", { notInFuture: true });
  if (dob) problems.push({ field: 'dateOfBirth', message: dob });
  if (!draft.localAuthority)
    problems.push({ field: 'localAuthority', message: 'Choose the local authority area the person lives in' });
  problems.push(...offenceProblems('offences', draft.offences));
  if (!draft.substanceMisuse)
    problems.push({ field: 'substanceMisuse', message: 'Choose the substance misuse indicated' });
  if (draft.weeklyDrugSpend.trim() && !isPounds(draft.weeklyDrugSpend)) {
    problems.push({
      field: 'weeklyDrugSpendGbp',
      message: 'The weekly drug spend must be an amount in pounds, like 150',
    });
  }
  if (!draft.referralSource) problems.push({ field: 'referralSource', message: 'Choose the referral source' });
  return problems;
}

export function referralAnswers(draft: ReferralDraft): NewReferral {
  return {
    name: draft.name.trim(),
    dateOfBirth: toIsoDate(draft.dateOfBirth),
    pncId: draft.pncId.trim() || undefined,
    localAuthority: draft.localAuthority,
    referralSource: (draft.referralSource || null) as ReferralSource | null,
    substanceMisuse: (draft.substanceMisuse || null) as SubstanceMisuse | null,
    weeklyDrugSpendGbp: draft.weeklyDrugSpend.trim() ? parsePounds(draft.weeklyDrugSpend) : null,
    offences: offencesOf(draft.offences),
    notes: draft.notes.trim() || undefined,
  };
}

/** A pilot area takes referrals as a live one does; the officer sees which it is. */
const areaLabel = (area: LocalAuthority) => (area.status === 'PILOT' ? `${area.name} (pilot)` : area.name);

function Outcome({ outcome, onAnother }: { outcome: ReferralOutcome; onAnother: () => void }) {
  const ineligible = outcome.ineligibilityReasons.length > 0;
  return (
    <>
      <div className="govuk-panel govuk-panel--confirmation" data-testid="referral-outcome">
        <h1 className="govuk-panel__title">Referral made</h1>
        <div className="govuk-panel__body">
          Reference
          <br />
          <strong>{outcome.reference}</strong>
        </div>
      </div>
      <p className="govuk-body" data-testid="referral-status">
        Status: <strong>{inWords(STATUSES, outcome.status)}</strong>
      </p>
      {ineligible && (
        <>
          <h2 className="govuk-heading-m">Why the person is not eligible</h2>
          <ul className="govuk-list govuk-list--bullet" data-testid="ineligibility-reasons">
            {outcome.ineligibilityReasons.map((r) => (
              <li key={r}>{inWords(INELIGIBILITY_REASONS, r)}</li>
            ))}
          </ul>
        </>
      )}
      {!ineligible && (
        <p className="govuk-body">
          The joint assessment task is now with the area's O2R officers and drug referral workers.
        </p>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={participantHref(outcome.reference)}>
          View the participant
        </Link>
      </p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onAnother}>
        Refer someone else
      </button>
    </>
  );
}

function ReferralForm() {
  const areas = useApiData(listLocalAuthorities);
  const [draft, setDraft] = useState<ReferralDraft>(emptyReferral);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ReferralOutcome | null>(null);
  const set = (change: Partial<ReferralDraft>) => setDraft((d) => ({ ...d, ...change }));
  const error = (field: string) => errors.find((e) => e.field === referralFieldId(field))?.message;
  const show = (problems: FieldError[]) =>
    setErrors(problems.map(({ field, message }) => ({ field: referralFieldId(field), message })));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = validateReferral(draft);
    if (problems.length > 0) {
      show(problems);
      return;
    }
    setBusy(true);
    try {
      setOutcome(await referParticipant(referralAnswers(draft)));
      setErrors([]);
    } catch (e) {
      if (e instanceof ApiError && e.fieldErrors.length > 0) show(e.fieldErrors);
      else setErrors([{ message: e instanceof ApiError ? e.message : 'The referral could not be made; try again' }]);
    } finally {
      setBusy(false);
    }
  }

  if (outcome) {
    return (
      <Outcome
        outcome={outcome}
        onAnother={() => {
          setOutcome(null);
          setDraft(emptyReferral());
        }}
      />
    );
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">Offender to Recovery</span>
      <h1 className="govuk-heading-l">Refer someone</h1>
      <form onSubmit={submit} noValidate>
        <h2 className="govuk-heading-m">The person</h2>
        <TextInput
          id="name"
          label="Full name"
          autoComplete="off"
          error={error('name')}
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
        />
        <DateInput
          id="dateOfBirth"
          legend="Date of birth"
          hint="For example, 27 3 1990"
          error={error('dateOfBirth')}
          value={draft.dateOfBirth}
          onChange={(dateOfBirth) => set({ dateOfBirth })}
        />
        <TextInput
          id="pncId"
          label="PNC ID (optional)"
          className="govuk-input--width-20"
          error={error('pncId')}
          value={draft.pncId}
          onChange={(e) => set({ pncId: e.target.value })}
        />
        <Select
          id="localAuthority"
          label="Local authority area the person lives in"
          hint="Only areas in pilot or live on the programme on the referral date are eligible"
          placeholder="Choose an area"
          error={error('localAuthority') ?? (areas.error ? `The areas could not be loaded: ${areas.error}` : undefined)}
          options={(areas.data ?? []).map((a) => ({
            value: a.id,
            label: (a.takingReferralsToday ?? a.liveToday) ? areaLabel(a) : `${a.name} (not yet live)`,
          }))}
          value={draft.localAuthority}
          onChange={(localAuthority) => set({ localAuthority })}
        />
        <OffenceRows
          name="offences"
          legend="Recent shop theft offences"
          hint="Offences in the 12 months before the referral, with the value stolen"
          offences={draft.offences}
          onChange={(offences) => set({ offences })}
          error={error}
        />
        <Radios
          name="substanceMisuse"
          legend="Substance misuse indicated"
          error={error('substanceMisuse')}
          value={draft.substanceMisuse}
          onChange={(substanceMisuse) => set({ substanceMisuse })}
          options={optionsOf(SUBSTANCE_MISUSE)}
        />
        <TextInput
          id="weeklyDrugSpendGbp"
          label="Estimated weekly drug spend, in pounds (optional)"
          className="govuk-input--width-10"
          inputMode="decimal"
          error={error('weeklyDrugSpendGbp')}
          value={draft.weeklyDrugSpend}
          onChange={(e) => set({ weeklyDrugSpend: e.target.value })}
        />
        <Radios
          name="referralSource"
          legend="Referral source"
          error={error('referralSource')}
          value={draft.referralSource}
          onChange={(referralSource) => set({ referralSource })}
          options={optionsOf(REFERRAL_SOURCES)}
        />
        <NotesField labelSize="m" error={error('notes')} value={draft.notes} onChange={(notes) => set({ notes })} />
        <SubmitButton busy={busy}>Make the referral</SubmitButton>
      </form>
    </>
  );
}

/** /recovery/referrals/new: an O2R officer refers someone; eligibility answers at once. */
export function ReferralFormPage() {
  const { user } = useSession();
  if (!canRefer(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot make referrals</h1>
        <p className="govuk-body">Only O2R officers refer people to Offender to Recovery.</p>
      </>
    );
  }
  return <ReferralForm />;
}
