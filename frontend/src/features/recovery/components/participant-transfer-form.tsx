import { useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary } from '../../../components/error-summary';
import { Select } from '../../../components/select';
import { SubmitButton } from '../../../components/submit-button';
import { TableHead } from '../../../components/table-head';
import type { FieldError } from '../../../lib/api-client';
import { dateProblem, emptyDate, formatDate, toIsoDate, type DateParts } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { listLocalAuthorities, transferParticipant, type LocalAuthority, type Participant } from '../api/recovery';
import { useSubmission } from './participant-forms';
import { KeyWorkerField } from './key-worker-field';
import { areaName } from './recovery-words';

/** A pilot area works participants as a live one does, as it takes referrals. */
const takesParticipants = (area: LocalAuthority) => area.takingReferralsToday ?? area.liveToday;

export function validateTransfer(localAuthority: string, movedOn: DateParts, keyWorker: string): FieldError[] {
  const problems: FieldError[] = [];
  if (!localAuthority)
    problems.push({ field: 'localAuthority', message: 'Choose the local authority area the participant moves to' });
  const date = dateProblem(movedOn, 'the date of the move', { notInFuture: true });
  if (date) problems.push({ field: 'transferredOn', message: date });
  if (!keyWorker.trim())
    problems.push({ field: 'keyWorker', message: "Choose the participant's key worker in the new area" });
  return problems;
}

interface TransferProps {
  p: Participant;
  areas: LocalAuthority[];
  onSaved: (notice: string) => void;
}

/** "Move to another area": the new area's teams take over and this area's staff no longer see the participant. */
export function TransferForm({ p, areas, onSaved }: TransferProps) {
  const [localAuthority, setLocalAuthority] = useState('');
  const [movedOn, setMovedOn] = useState<DateParts>(emptyDate());
  const [keyWorker, setKeyWorker] = useState('');
  const { errors, busy, error, send } = useSubmission((field) =>
    field === 'transferredOn' ? 'transferredOn-day' : field === 'keyWorker' ? 'transfer-keyWorker' : 'transfer-area',
  );
  const choices = areas.filter((area) => area.id !== p.localAuthority && takesParticipants(area));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await send(
      validateTransfer(localAuthority, movedOn, keyWorker),
      () => transferParticipant(p.reference, localAuthority, toIsoDate(movedOn), keyWorker.trim()),
      'The move could not be recorded; try again',
    );
    if (saved) {
      const to = areas.find((area) => area.id === localAuthority)?.name ?? areaName(localAuthority);
      onSaved(`Moved to ${to}: its teams now hold this participant's work`);
    }
  }

  if (choices.length === 0) {
    return <p className="govuk-body">No other area is live on the programme to move to.</p>;
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="transfer-heading" data-testid="transfer-form">
      <h3 className="govuk-heading-s" id="transfer-heading">
        Move to another area
      </h3>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          The new area's O2R team and drug referral workers take over the open tasks, and staff of{' '}
          {areaName(p.localAuthority)} will no longer see this participant.
        </strong>
      </div>
      <ErrorSummary errors={errors} />
      <Select
        id="transfer-area"
        label="Area the participant moves to"
        placeholder="Choose an area"
        error={error('localAuthority')}
        options={choices.map((area) => ({ value: area.id, label: area.name }))}
        value={localAuthority}
        onChange={(area) => {
          setLocalAuthority(area);
          setKeyWorker('');
        }}
      />
      <KeyWorkerField
        id="transfer-keyWorker"
        team={localAuthority ? `cgl-${localAuthority}` : undefined}
        value={keyWorker}
        onChange={setKeyWorker}
        error={error('keyWorker')}
      />
      <DateInput
        id="transferredOn"
        legend="Date of the move"
        error={error('transferredOn')}
        value={movedOn}
        onChange={setMovedOn}
      />
      <SubmitButton busy={busy}>Move the participant</SubmitButton>
    </form>
  );
}

/** The areas the participant has belonged to, and the form to move them on. */
export function TransferSection({ p, onSaved }: { p: Participant; onSaved: (notice: string) => void }) {
  const { data: areas } = useApiData(listLocalAuthorities);
  const history = p.areaHistory ?? [];
  if (!p.enrolment) return null;
  return (
    <section aria-labelledby="areas-heading" data-testid="area-history">
      <h2 className="govuk-heading-m" id="areas-heading">
        Local authority areas
      </h2>
      {history.length === 0 ? (
        <p className="govuk-body">Always in {areaName(p.localAuthority)}.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Areas, oldest first</caption>
          <TableHead columns={['Area', 'From', 'To']} />
          <tbody className="govuk-table__body">
            {history.map((spell) => (
              <tr className="govuk-table__row" key={spell.localAuthority + spell.fromOn}>
                <td className="govuk-table__cell">{areaName(spell.localAuthority)}</td>
                <td className="govuk-table__cell">{formatDate(spell.fromOn)}</td>
                <td className="govuk-table__cell">{spell.toOn ? formatDate(spell.toOn) : 'Now'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {p.status === 'ENROLLED' && areas && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Move to another area</span>
          </summary>
          <div className="govuk-details__text">
            <TransferForm p={p} areas={areas} onSaved={onSaved} />
          </div>
        </details>
      )}
    </section>
  );
}
