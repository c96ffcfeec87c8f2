import { useCallback, useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { SuccessBanner } from '../../../components/notification-banner';
import { Radios } from '../../../components/radios';
import { TableHead } from '../../../components/table-head';
import { Textarea } from '../../../components/textarea';
import { fieldMessages } from '../../../lib/api-client';
import {
  dateProblem,
  emptyDate,
  formatDate,
  formatDateTime,
  isDateEmpty,
  toIsoDate,
  type DateParts,
} from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { useSession } from '../../../lib/session-context';
import {
  changeProgrammeArea,
  getAreaHistory,
  listLocalAuthorities,
  type LocalAuthority,
  type ProgrammeStatus,
} from '../api/recovery';
import { canChangeProgrammeAreas } from './recovery-access';

const STATUS_WORDS: Record<ProgrammeStatus, string> = {
  NOT_STARTED: 'Not started',
  PILOT: 'Pilot',
  LIVE: 'Live',
};

const STATUS_TAGS: Record<ProgrammeStatus, string> = {
  NOT_STARTED: 'govuk-tag--grey',
  PILOT: 'govuk-tag--blue',
  LIVE: 'govuk-tag--green',
};

const statusOf = (area: LocalAuthority): ProgrammeStatus => area.status ?? (area.liveToday ? 'LIVE' : 'NOT_STARTED');

const partsOf = (iso?: string | null): DateParts => {
  if (!iso) return emptyDate();
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

function StatusTag({ status }: { status: ProgrammeStatus }) {
  return <strong className={`govuk-tag ${STATUS_TAGS[status]}`}>{STATUS_WORDS[status]}</strong>;
}

type Field = 'status' | 'pilotFrom' | 'liveFrom' | 'note';

/** The form for one area: its status, the dates, and why it changed. */
function ChangeAreaForm({
  area,
  onSaved,
  onErrors,
}: {
  area: LocalAuthority;
  onSaved: (notice: string) => void;
  onErrors: (errors: ErrorItem[]) => void;
}) {
  const [status, setStatus] = useState<string>(statusOf(area));
  const [pilotFrom, setPilotFrom] = useState(() => partsOf(area.pilotFrom));
  const [liveFrom, setLiveFrom] = useState(() => partsOf(area.liveFrom));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const anchor = (field: Field) => (field === 'pilotFrom' || field === 'liveFrom' ? `${field}-day` : field);

  function show(found: Partial<Record<Field, string>>) {
    setErrors(found);
    onErrors(
      (Object.entries(found) as [Field, string][]).map(([field, message]) => ({ field: anchor(field), message })),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const pilotProblem = isDateEmpty(pilotFrom) ? null : dateProblem(pilotFrom, `the date ${area.name}'s pilot began`);
    const liveProblem = isDateEmpty(liveFrom) ? null : dateProblem(liveFrom, `the date ${area.name} goes live`);
    if (pilotProblem) found.pilotFrom = pilotProblem;
    if (liveProblem) found.liveFrom = liveProblem;
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    setBusy(true);
    try {
      const saved = await changeProgrammeArea(area.id, {
        status: status as ProgrammeStatus,
        pilotFrom: toIsoDate(pilotFrom),
        liveFrom: toIsoDate(liveFrom),
        note: note.trim() || null,
      });
      show({});
      onSaved(`${saved.name} is now recorded as ${STATUS_WORDS[statusOf(saved)].toLowerCase()}`);
    } catch (e) {
      show(fieldMessages(e, 'status', 'The change could not be saved; try again'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`Change ${area.name}'s place on the programme`}>
      <Radios
        name="status"
        legend={`Where is ${area.name} on the programme?`}
        hint="A pilot area takes referrals, as a live area does"
        error={errors.status}
        options={[
          { value: 'NOT_STARTED', label: 'Not started', hint: 'Dates may be set ahead, for a planned start' },
          { value: 'PILOT', label: 'Pilot' },
          { value: 'LIVE', label: 'Live' },
        ]}
        value={status}
        onChange={setStatus}
      />
      <DateInput
        id="pilotFrom"
        legend="Pilot from"
        hint="Leave empty if the area had no pilot"
        error={errors.pilotFrom}
        value={pilotFrom}
        onChange={setPilotFrom}
      />
      <DateInput
        id="liveFrom"
        legend="Live from"
        hint="The same as or after the pilot-from date. Leave empty if not yet decided"
        error={errors.liveFrom}
        value={liveFrom}
        onChange={setLiveFrom}
      />
      <Textarea
        id="note"
        label="Why it changed (optional)"
        hint="For example, the programme board's decision and its date"
        rows={3}
        error={errors.note}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" className="govuk-button" disabled={busy}>
        Save <span className="govuk-visually-hidden">{area.name}&apos;s place on the programme</span>
      </button>
    </form>
  );
}

/** Every change to the area's place on the programme, oldest first. */
function AreaHistoryTable({ id, name }: { id: string; name: string }) {
  const load = useCallback(() => getAreaHistory(id), [id]);
  const history = useApiData(load);
  if (history.error) return <p className="govuk-body">{history.error}</p>;
  if (!history.data) return <p className="govuk-body">Loading…</p>;
  if (history.data.changes.length === 0) return <p className="govuk-body">No changes recorded yet.</p>;
  return (
    <table className="govuk-table" data-testid="area-history">
      <caption className="govuk-table__caption govuk-table__caption--m">History of {name}</caption>
      <TableHead columns={['Changed', 'By', 'Status', 'Pilot from', 'Live from', 'Why']} />
      <tbody className="govuk-table__body">
        {history.data.changes.map((change, index) => (
          <tr className="govuk-table__row" key={index}>
            <td className="govuk-table__cell">{formatDateTime(change.changedAt)}</td>
            <td className="govuk-table__cell">{change.changedBy}</td>
            <td className="govuk-table__cell">
              <StatusTag status={change.status} />
            </td>
            <td className="govuk-table__cell">{change.pilotFrom ? formatDate(change.pilotFrom) : 'None'}</td>
            <td className="govuk-table__cell">{change.liveFrom ? formatDate(change.liveFrom) : 'None'}</td>
            <td className="govuk-table__cell">{change.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AreaTable({ areas, onChoose }: { areas: LocalAuthority[]; onChoose: (id: string) => void }) {
  return (
    <table className="govuk-table" data-testid="programme-areas">
      <caption className="govuk-table__caption govuk-visually-hidden">Local authority areas on the programme</caption>
      <TableHead columns={['Area', 'On the programme', 'Pilot from', 'Live from', 'Source', 'Change']} />
      <tbody className="govuk-table__body">
        {areas.map((area) => (
          <tr className="govuk-table__row" key={area.id} data-testid={`programme-area-${area.id}`}>
            <th scope="row" className="govuk-table__header">
              {area.name}
            </th>
            <td className="govuk-table__cell">
              <StatusTag status={statusOf(area)} />
            </td>
            <td className="govuk-table__cell">{area.pilotFrom ? formatDate(area.pilotFrom) : 'None'}</td>
            <td className="govuk-table__cell">{area.liveFrom ? `Live from ${formatDate(area.liveFrom)}` : 'None'}</td>
            <td className="govuk-table__cell govuk-body-s">{area.source ?? 'Set by an administrator'}</td>
            <td className="govuk-table__cell">
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => onChoose(area.id)}
              >
                Change <span className="govuk-visually-hidden">{area.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AreasAndChange({
  chosen,
  onChoose,
  onSaved,
  onErrors,
}: {
  chosen: string | null;
  onChoose: (id: string) => void;
  onSaved: (notice: string) => void;
  onErrors: (errors: ErrorItem[]) => void;
}) {
  const areas = useApiData(listLocalAuthorities);
  if (areas.error)
    return (
      <p className="govuk-body" data-testid="areas-problem">
        {areas.error}
      </p>
    );
  if (!areas.data) return <p className="govuk-body">Loading…</p>;
  const area = areas.data.find((a) => a.id === chosen);
  return (
    <>
      <AreaTable areas={areas.data} onChoose={onChoose} />
      {area && (
        <section aria-labelledby="change-area-heading" key={area.id}>
          <h2 className="govuk-heading-m" id="change-area-heading">
            Change {area.name}
          </h2>
          <ChangeAreaForm area={area} onErrors={onErrors} onSaved={onSaved} />
          <AreaHistoryTable id={area.id} name={area.name} />
        </section>
      )}
    </>
  );
}

function ProgrammeAreas() {
  const [saves, setSaves] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  return (
    <>
      <ErrorSummary errors={errors} />
      <SuccessBanner message={notice} focusOnShow />
      <span className="govuk-caption-l">Offender to Recovery</span>
      <h1 className="govuk-heading-l">Programme areas</h1>
      <p className="govuk-body">
        Referrals from an area are eligible from the date its pilot begins, or from the date it goes live if it had no
        pilot.
      </p>
      {/* a new key after each save reads the areas and the history again */}
      <AreasAndChange
        key={saves}
        chosen={chosen}
        onChoose={(id) => {
          setChosen(id);
          setErrors([]);
        }}
        onErrors={setErrors}
        onSaved={(words) => {
          setNotice(words);
          setSaves((n) => n + 1);
        }}
      />
    </>
  );
}

/** /admin/programme-areas: administrators keep where each local authority area is on Offender to Recovery. */
export function ProgrammeAreasPage() {
  const { user } = useSession();
  if (!canChangeProgrammeAreas(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot change programme areas</h1>
        <p className="govuk-body">Only administrators change which areas are on the programme.</p>
      </>
    );
  }
  return <ProgrammeAreas />;
}
