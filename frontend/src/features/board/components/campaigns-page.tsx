import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { listNfibFraudTypes } from '../../../api/reference';
import { ErrorSummary, type ErrorItem } from '../../../components/error-summary';
import { SuccessBanner } from '../../../components/notification-banner';
import { TableHead } from '../../../components/table-head';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useApiData } from '../../../lib/use-api-data';
import { listCampaigns, type Campaign } from '../api/board';
import { CampaignForm } from './campaign-form';

export const CAMPAIGNS_PATH = '/board-report/intensification-periods';

function CampaignTable({ campaigns, canChange }: { campaigns: Campaign[]; canChange: boolean }) {
  const columns = ['Campaign', 'Fraud types', 'Starts', 'Ends', 'Source', 'Last changed'];
  return (
    <table className="govuk-table" data-testid="campaigns">
      <caption className="govuk-table__caption govuk-visually-hidden">Intensification periods</caption>
      <TableHead columns={canChange ? [...columns, 'Change'] : columns} />
      <tbody className="govuk-table__body">
        {campaigns.map((c) => (
          <tr className="govuk-table__row" key={c.id}>
            <th scope="row" className="govuk-table__header">
              {c.name}
            </th>
            <td className="govuk-table__cell">{c.fraudTypes.map((t) => `${t.label} (${t.code})`).join(', ')}</td>
            <td className="govuk-table__cell">{formatDate(c.startsOn)}</td>
            <td className="govuk-table__cell">{formatDate(c.endsOn)}</td>
            <td className="govuk-table__cell govuk-body-s">{c.source ?? 'Not given'}</td>
            <td className="govuk-table__cell">
              {c.changedBy ? `${formatDateTime(c.changedAt)} by ${c.changedBy}` : 'Not changed since it was seeded'}
            </td>
            {canChange && (
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`${CAMPAIGNS_PATH}?change=${c.id}`}>
                  Change <span className="govuk-visually-hidden">{c.name}</span>
                </Link>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CampaignsAndForm({
  canChange,
  changing,
  onSaved,
  onErrors,
}: {
  canChange: boolean;
  changing: number | null;
  onSaved: (notice: string) => void;
  onErrors: (errors: ErrorItem[]) => void;
}) {
  const campaigns = useApiData(listCampaigns);
  const fraudTypes = useApiData(listNfibFraudTypes);
  const problem = campaigns.error ?? (canChange ? fraudTypes.error : null);
  if (problem)
    return (
      <p className="govuk-body" role="alert">
        {problem}
      </p>
    );
  if (!campaigns.data || (canChange && !fraudTypes.data)) return <p className="govuk-body">Loading…</p>;
  const campaign = campaigns.data.find((c) => c.id === changing);
  return (
    <>
      {campaigns.data.length === 0 ? (
        <p className="govuk-body">No campaign is recorded yet.</p>
      ) : (
        <CampaignTable campaigns={campaigns.data} canChange={canChange} />
      )}
      {canChange && (
        <section aria-labelledby="campaign-form-heading" key={campaign?.id ?? 'new'}>
          <h2 className="govuk-heading-m" id="campaign-form-heading">
            {campaign ? `Change ${campaign.name}` : 'Add a campaign'}
          </h2>
          {campaign && (
            <p className="govuk-body">
              <Link className="govuk-link" to={CAMPAIGNS_PATH}>
                Add a new campaign instead
              </Link>
            </p>
          )}
          <CampaignForm campaign={campaign} fraudTypes={fraudTypes.data ?? []} onSaved={onSaved} onErrors={onErrors} />
        </section>
      )}
    </>
  );
}

/**
 * /board-report/intensification-periods: the national campaigns the board report counts. Supervisors add one
 * when it is announced and correct it later; analysts read them.
 */
export function CampaignsPage({ canChange = false }: { canChange?: boolean }) {
  const [params, setParams] = useSearchParams();
  const changing = Number(params.get('change')) || null;
  const [saves, setSaves] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  return (
    <>
      <Link className="govuk-back-link" to="/board-report">
        Back to the board report
      </Link>
      <ErrorSummary errors={errors} />
      <SuccessBanner message={notice} focusOnShow />
      <span className="govuk-caption-l">Board report</span>
      <h1 className="govuk-heading-l">Intensification periods</h1>
      <p className="govuk-body">
        National campaigns led by the City of London Police on some fraud types between two dates. The board report
        counts the reports of those types during each campaign and in as many days before it.
      </p>
      <p className="govuk-body">
        A campaign that happened stays on the board&apos;s record, so campaigns cannot be deleted: correct a
        campaign&apos;s name, dates or fraud types instead.
      </p>
      {/* a new key after each save reads the campaigns again and empties the form */}
      <CampaignsAndForm
        key={saves}
        canChange={canChange}
        changing={changing}
        onErrors={setErrors}
        onSaved={(words) => {
          setNotice(words);
          setErrors([]);
          setParams({});
          setSaves((n) => n + 1);
        }}
      />
    </>
  );
}
