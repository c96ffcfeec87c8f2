import { useCallback, useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import type { ErrorItem } from '../../../components/error-summary';
import { SubmitButton } from '../../../components/submit-button';
import { TextInput } from '../../../components/text-input';
import { Textarea } from '../../../components/textarea';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { getNeeds, recordNeedsAssessment, recordNeedsChange } from '../api/fraud-cases';
import { ENHANCED_RIGHTS_LABELS } from './case-labels';
import { caseErrorItems, saveProblems } from './case-problems';
import {
  emptyNeedsAssessment,
  emptyNeedsChange,
  needsAssessmentAnswers,
  needsChangeAnswers,
  validateNeedsAssessment,
  validateNeedsChange,
  type NeedsAssessmentDraft,
  type NeedsChangeDraft,
} from './needs-assessment';
import { NeedsAssessmentQuestions } from './needs-assessment-questions';

const DATE_FIELDS = ['assessedOn', 'changedOn'];

/** The server names each date and time as one answer (`assessedAt`, `changedAt`): its errors go to the date. */
function fromServer(e: unknown): unknown {
  if (!(e instanceof ApiError)) return e;
  const renamed = e.fieldErrors.map((f) => ({
    ...f,
    field: f.field === 'assessedAt' ? 'assessedOn' : f.field === 'changedAt' ? 'changedOn' : f.field,
  }));
  return new ApiError(e.status, e.message, renamed);
}

interface Props {
  reference: string;
  errorFor: (id: string) => string | undefined;
  onProblems: (problems: ErrorItem[]) => void;
  onSaved: (notice: string) => void;
}

/**
 * The victim's needs assessments on the case page (Victims' Code Right 4), the form to record one, and the form
 * to record that the victim's needs have changed, which puts a re-assessment task before the officer in charge.
 */
export function NeedsSection(props: Props) {
  // Read again after each save, with empty forms: what was recorded shows at once.
  const [version, setVersion] = useState(0);
  const saved = (notice: string) => {
    setVersion((v) => v + 1);
    props.onSaved(notice);
  };
  return <NeedsRecord key={version} {...props} onSaved={saved} />;
}

function NeedsRecord({ reference, errorFor, onProblems, onSaved }: Props) {
  const { data, error } = useApiData(useCallback(() => getNeeds(reference), [reference]));
  const [assessment, setAssessment] = useState<NeedsAssessmentDraft>(emptyNeedsAssessment);
  const [change, setChange] = useState<NeedsChangeDraft>(emptyNeedsChange);
  const [busy, setBusy] = useState(false);
  const fieldError = (id: string) => errorFor(id === 'assessedOn' ? 'assessedOn-day' : id);

  async function save(problems: FieldError[], send: () => Promise<void>, notice: string) {
    if (problems.length > 0) return onProblems(caseErrorItems(problems, DATE_FIELDS));
    setBusy(true);
    try {
      await send();
      onSaved(notice);
    } catch (e) {
      onProblems(saveProblems(fromServer(e), DATE_FIELDS));
    } finally {
      setBusy(false);
    }
  }

  function assess(event: FormEvent) {
    event.preventDefault();
    void save(
      validateNeedsAssessment(assessment),
      () => recordNeedsAssessment(reference, needsAssessmentAnswers(assessment)),
      'Needs assessment recorded',
    );
  }

  function changed(event: FormEvent) {
    event.preventDefault();
    void save(
      validateNeedsChange(change),
      () => recordNeedsChange(reference, needsChangeAnswers(change)),
      'Change of needs recorded: a re-assessment is due',
    );
  }

  return (
    <>
      <h2 className="govuk-heading-m" id="needs-heading">
        Victim’s needs assessment
      </h2>
      {error && <p className="govuk-body">{error}</p>}
      {data && !data.assessed && (
        <p className="govuk-body" data-testid="needs-status">
          Not recorded: assess the victim’s needs before the first contact.
        </p>
      )}
      {data?.reassessmentDue && (
        <p className="govuk-body" data-testid="needs-status">
          The victim’s needs have changed: a re-assessment is due.
        </p>
      )}
      {data && data.assessments.length > 0 && (
        <ul className="govuk-list govuk-list--bullet" data-testid="needs-assessments">
          {data.assessments.map((a) => (
            <li key={a.id}>
              {formatDateTime(a.assessedAt)}
              {a.needsChangeId ? ' (re-assessment)' : ''}:{' '}
              {a.enhancedRights
                ? `entitled to Enhanced Rights (${a.enhancedRightsCategory ? ENHANCED_RIGHTS_LABELS[a.enhancedRightsCategory] : 'category not given'})`
                : 'not entitled to Enhanced Rights'}{' '}
              — {a.enhancedRightsReason}
              {a.supportNeeds ? `. Support needs: ${a.supportNeeds}` : ''}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={assess} noValidate aria-labelledby="needs-form-heading">
        <h3 className="govuk-heading-s" id="needs-form-heading">
          Record a needs assessment
        </h3>
        <NeedsAssessmentQuestions draft={assessment} setDraft={setAssessment} error={fieldError} />
        <SubmitButton busy={busy}>Save needs assessment</SubmitButton>
      </form>
      <form onSubmit={changed} noValidate aria-labelledby="needs-change-heading">
        <h3 className="govuk-heading-s" id="needs-change-heading">
          The victim’s needs have changed
        </h3>
        <DateInput
          id="changedOn"
          legend="When did the victim’s needs change?"
          hint="For example, 27 3 2025"
          error={errorFor('changedOn-day')}
          value={change.changedOn}
          onChange={(changedOn) => setChange((d) => ({ ...d, changedOn }))}
        />
        <TextInput
          id="changedTime"
          label="Time (optional)"
          hint="Use the 24-hour clock, for example 14:30. If you do not know it, the start of the day is used."
          className="govuk-input--width-5"
          inputMode="numeric"
          autoComplete="off"
          error={errorFor('changedTime')}
          value={change.changedTime}
          onChange={(e) => setChange((d) => ({ ...d, changedTime: e.target.value }))}
        />
        <Textarea
          id="whatChanged"
          label="What changed"
          rows={3}
          error={errorFor('whatChanged')}
          value={change.whatChanged}
          onChange={(e) => setChange((d) => ({ ...d, whatChanged: e.target.value }))}
        />
        <SubmitButton busy={busy}>Record change of needs</SubmitButton>
      </form>
    </>
  );
}
