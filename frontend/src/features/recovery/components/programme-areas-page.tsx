import { useState, type FormEvent } from 'react';
import { DateInput } from '../../../components/date-input';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { SuccessBanner } from '../../../components/notification-banner';
import { ApiError } from '../../../lib/api-client';
import { dateProblem, emptyDate, formatDate, isDateEmpty, toIsoDate, type DateParts } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { useSession } from '../../../lib/session-context';
import { changeLiveFrom, listLocalAuthorities, type LocalAuthority } from '../api/recovery';
import { canChangeProgrammeAreas } from './recovery-access';
import { TableHead } from '../../../components/table-head';

const partsOf = (iso?: string | null): DateParts => {
  if (!iso) return emptyDate();
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

function AreaRow({
  area,
  onSaved,
  onErrors,
}: {
  area: LocalAuthority;
  onSaved: (notice: string) => void;
  onErrors: (errors: ErrorItem[]) => void;
}) {
  const [liveFrom, setLiveFrom] = useState(() => partsOf(area.liveFrom));
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const id = `liveFrom-${area.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = isDateEmpty(liveFrom) ? null : dateProblem(liveFrom, `the date ${area.name} goes live`);
    if (problem) {
      setError(problem);
      onErrors([{ field: `${id}-day`, message: problem }]);
      return;
    }
    setBusy(true);
    try {
      const saved = await changeLiveFrom(area.id, toIsoDate(liveFrom));
      setError(undefined);
      onErrors([]);
      onSaved(
        saved.liveFrom
          ? `${saved.name} is live from ${formatDate(saved.liveFrom)}`
          : `${saved.name} is not on the programme`,
      );
    } catch (e) {
      const message =
        e instanceof ApiError ? (e.fieldErrors[0]?.message ?? e.message) : 'The date could not be changed; try again';
      setError(message);
      onErrors([{ field: `${id}-day`, message }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr className="govuk-table__row" data-testid={`programme-area-${area.id}`}>
      <th scope="row" className="govuk-table__header">
        {area.name}
      </th>
      <td className="govuk-table__cell">
        {area.liveToday ? (
          <strong className="govuk-tag govuk-tag--green">Live</strong>
        ) : (
          <strong className="govuk-tag govuk-tag--grey">Not live</strong>
        )}
        {area.liveFrom && <span className="govuk-body-s"> from {formatDate(area.liveFrom)}</span>}
      </td>
      <td className="govuk-table__cell">
        <form onSubmit={submit} noValidate aria-label={`Live-from date for ${area.name}`}>
          <DateInput
            id={id}
            legend={`Live from (${area.name})`}
            hint="Leave empty to take the area off the programme"
            error={error}
            value={liveFrom}
            onChange={setLiveFrom}
          />
          <button
            type="submit"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            disabled={busy}
          >
            Change <span className="govuk-visually-hidden">the live-from date for {area.name}</span>
          </button>
        </form>
      </td>
    </tr>
  );
}

function AreaTable({
  onSaved,
  onErrors,
}: {
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
  return (
    <table className="govuk-table" data-testid="programme-areas">
      <caption className="govuk-table__caption govuk-visually-hidden">Local authority areas on the programme</caption>
      <TableHead columns={['Area', 'On the programme', 'Change the live-from date']} />
      <tbody className="govuk-table__body">
        {areas.data.map((area) => (
          <AreaRow key={area.id} area={area} onErrors={onErrors} onSaved={onSaved} />
        ))}
      </tbody>
    </table>
  );
}

function ProgrammeAreas() {
  const [saves, setSaves] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  return (
    <>
      <ErrorSummary errors={errors} />
      <SuccessBanner message={notice} focusOnShow />
      <span className="govuk-caption-l">Offender to Recovery</span>
      <h1 className="govuk-heading-l">Programme areas</h1>
      <p className="govuk-body">
        Referrals from an area are eligible only from the date it goes live on the programme.
      </p>
      {/* a new key after each save reads the areas again */}
      <AreaTable
        key={saves}
        onErrors={setErrors}
        onSaved={(words) => {
          setNotice(words);
          setSaves((n) => n + 1);
        }}
      />
    </>
  );
}

/** /admin/programme-areas: administrators set when each local authority area goes live on Offender to Recovery. */
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
