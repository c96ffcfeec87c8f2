import { useCallback, useState } from 'react';
import { SuccessBanner } from '../../../components/notification-banner';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { useSession } from '../../../lib/session-context';
import { getIncidents, retryIncident, type Incident } from '../api/incidents';
import { canSeeIncidents } from './incident-access';
import { TableHead } from '../../../components/table-head';

function IncidentTable({
  incidents,
  onRetry,
  busy,
}: {
  incidents: Incident[];
  onRetry: (i: Incident) => void;
  busy: string | null;
}) {
  if (incidents.length === 0) {
    return (
      <p className="govuk-body" data-testid="no-incidents">
        There are no incidents. Every automatic step has either run or will be tried again by itself.
      </p>
    );
  }
  return (
    <table className="govuk-table" data-testid="incidents">
      <caption className="govuk-table__caption govuk-table__caption--m">Open incidents</caption>
      <TableHead
        columns={['Case or return', 'Step', 'What went wrong', 'When', 'Tries left', { label: 'Action', hidden: true }]}
      />
      <tbody className="govuk-table__body">
        {incidents.map((incident) => (
          <tr className="govuk-table__row" key={incident.id}>
            <th scope="row" className="govuk-table__header">
              {incident.businessKey ?? '—'}
              <div className="govuk-hint govuk-!-margin-top-1 govuk-!-margin-bottom-0">{incident.process}</div>
            </th>
            <td className="govuk-table__cell">{incident.activity}</td>
            <td className="govuk-table__cell">{incident.message ?? 'No reason was given'}</td>
            <td className="govuk-table__cell">{formatDateTime(incident.occurredAt)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{incident.retriesLeft}</td>
            <td className="govuk-table__cell">
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                data-module="govuk-button"
                disabled={busy === incident.id}
                onClick={() => onRetry(incident)}
              >
                Retry{' '}
                <span className="govuk-visually-hidden">
                  {incident.activity} for {incident.businessKey ?? incident.process}
                </span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Incidents() {
  const [reload, setReload] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [retried, setRetried] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A new function after each retry makes useApiData load the list again.
  const load = useCallback(() => getIncidents(), [reload]); // eslint-disable-line react-hooks/exhaustive-deps
  const { data: incidents, error } = useApiData(load);

  async function retry(incident: Incident) {
    setBusy(incident.id);
    setProblem(null);
    setRetried(null);
    try {
      await retryIncident(incident.id);
      setRetried(
        `${incident.activity} for ${incident.businessKey ?? incident.process} will be tried again in a moment`,
      );
    } catch (e) {
      setProblem(e instanceof ApiError ? e.message : 'The retry could not be started; try again');
    } finally {
      setBusy(null);
      setReload((n) => n + 1);
    }
  }

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SuccessBanner message={retried} focusOnShow />
          {problem && (
            <div className="govuk-error-summary" role="alert" data-testid="retry-problem">
              <div role="alert">
                <h2 className="govuk-error-summary__title">There is a problem</h2>
                <div className="govuk-error-summary__body">
                  <p className="govuk-body">{problem}</p>
                </div>
              </div>
            </div>
          )}
          <h1 className="govuk-heading-l">Incidents</h1>
          <p className="govuk-body">
            Automatic steps that failed every time they were tried, such as sending the monthly outcome return. The case
            or return is kept, waiting at that step. Put right what went wrong, then retry the step: it runs once more,
            and your retry is kept on the audit trail. Cockpit, at{' '}
            <a className="govuk-link" href="/camunda/app/cockpit/">
              /camunda
            </a>
            , shows the same incidents in more detail.
          </p>
        </div>
      </div>
      {error ? (
        <p className="govuk-body" data-testid="incidents-problem">
          {error}
        </p>
      ) : incidents ? (
        <IncidentTable incidents={incidents} onRetry={retry} busy={busy} />
      ) : (
        <p className="govuk-body">Loading…</p>
      )}
    </>
  );
}

export function IncidentsPage() {
  const { user } = useSession();
  if (!canSeeIncidents(user)) {
    return (
      <>
        <h1 className="govuk-heading-l">You cannot see incidents</h1>
        <p className="govuk-body">Only system administrators see and retry failed automatic steps.</p>
      </>
    );
  }
  return <Incidents />;
}
