import { useCallback, useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { NotesField } from '../../../components/notes-field';
import { SubmitButton } from '../../../components/submit-button';
import { TableHead } from '../../../components/table-head';
import { TextInput } from '../../../components/text-input';
import { ApiError } from '../../../lib/api-client';
import { dateProblem, emptyDate, formatDate, isDateEmpty, toIsoDate } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { listCustodyPeriods, recordCustodyPeriod, type CustodyPeriod } from '../api/recovery';

const FIELD_IDS: Record<string, string> = {
  startedOn: 'custodyStartedOn-day',
  endedOn: 'custodyEndedOn-day',
  source: 'custody-source',
  notes: 'custody-notes',
};

/**
 * Spells in custody, before the programme or during it: the evaluation takes these days out of the windows
 * it compares offending over, so they are recorded whenever they were.
 */
export function CustodyPeriods({ reference }: { reference: string }) {
  const load = useCallback(() => listCustodyPeriods(reference), [reference]);
  const spells = useApiData(load);
  const [added, setAdded] = useState<CustodyPeriod[]>([]);
  const shown = [...(spells.data ?? []), ...added].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  const [startedOn, setStartedOn] = useState(emptyDate());
  const [endedOn, setEndedOn] = useState(emptyDate());
  const [source, setSource] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const error = (field: string) => errors.find((e) => e.field === FIELD_IDS[field])?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems: ErrorItem[] = [];
    const start = dateProblem(startedOn, 'the date custody started', { notInFuture: true });
    if (start) problems.push({ field: FIELD_IDS.startedOn, message: start });
    const end = isDateEmpty(endedOn) ? null : dateProblem(endedOn, 'the date custody ended', { notInFuture: true });
    if (end) problems.push({ field: FIELD_IDS.endedOn, message: end });
    if (!source.trim()) problems.push({ field: FIELD_IDS.source, message: 'Enter where the custody dates come from' });
    setErrors(problems);
    setSaved(false);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      const spell = await recordCustodyPeriod(reference, {
        startedOn: toIsoDate(startedOn),
        endedOn: isDateEmpty(endedOn) ? null : toIsoDate(endedOn),
        source: source.trim(),
        notes: notes.trim() || null,
      });
      setStartedOn(emptyDate());
      setEndedOn(emptyDate());
      setSource('');
      setNotes('');
      setSaved(true);
      setAdded((a) => [...a, spell]);
    } catch (e) {
      if (e instanceof ApiError && e.fieldErrors.length > 0) {
        setErrors(e.fieldErrors.map(({ field, message }) => ({ field: FIELD_IDS[field] ?? field, message })));
      } else {
        setErrors([{ message: e instanceof ApiError ? e.message : 'The spell could not be recorded; try again' }]);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="custody-heading" data-testid="custody-periods">
      <h2 className="govuk-heading-m" id="custody-heading">
        Time in custody
      </h2>
      {spells.error ? (
        <p className="govuk-body">{spells.error}</p>
      ) : !spells.data ? (
        <p className="govuk-body">Loading…</p>
      ) : shown.length === 0 ? (
        <p className="govuk-body">No time in custody recorded.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Spells in custody</caption>
          <TableHead columns={['From', 'To', 'Source', 'Recorded by']} />
          <tbody className="govuk-table__body">
            {shown.map((s) => (
              <tr className="govuk-table__row" key={s.id}>
                <td className="govuk-table__cell">{formatDate(s.startedOn)}</td>
                <td className="govuk-table__cell">{s.endedOn ? formatDate(s.endedOn) : 'Still in custody'}</td>
                <td className="govuk-table__cell">{s.source}</td>
                <td className="govuk-table__cell">{s.recordedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {saved && (
        <p className="govuk-body" role="status">
          Time in custody recorded
        </p>
      )}
      <form onSubmit={submit} noValidate aria-labelledby="record-custody-heading" data-testid="custody-form">
        <h3 className="govuk-heading-s" id="record-custody-heading">
          Record time in custody
        </h3>
        <ErrorSummary errors={errors} />
        <DateInput
          id="custodyStartedOn"
          legend="Custody started"
          error={error('startedOn')}
          value={startedOn}
          onChange={setStartedOn}
        />
        <DateInput
          id="custodyEndedOn"
          legend="Custody ended"
          hint="Leave empty if they are still in custody"
          error={error('endedOn')}
          value={endedOn}
          onChange={setEndedOn}
        />
        <TextInput
          id="custody-source"
          label="Where the dates come from"
          hint="For example, PNC or a prison release notice"
          error={error('source')}
          value={source}
          onChange={(e) => setSource(e.target.value)}
        />
        <NotesField id="custody-notes" error={error('notes')} value={notes} onChange={setNotes} />
        <SubmitButton busy={busy}>Record time in custody</SubmitButton>
      </form>
    </section>
  );
}
