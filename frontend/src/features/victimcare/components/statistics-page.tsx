import { useCallback, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Select } from '../../../components/select';
import { useApiData } from '../../../lib/use-api-data';
import { countText, WITHHELD_NOTE } from '../../../lib/withheld-counts';
import type { ProtectResource, ScreeningReason } from '../api/referrals';
import { getStatistics, type Count, type WeekOfVictimCare } from '../api/statistics';
import { RequireVictimCareOfficer } from './require-victim-care-officer';
import { StatisticsChart } from './statistics-chart';
import { figure, total, WEEK_CHOICES, weekLabel, weeksFrom } from './statistics-words';
import { RESOURCES, SCREENING_REASON_HEADINGS } from './victim-care-words';

interface Column {
  heading: string;
  value: (week: WeekOfVictimCare) => Count;
}

const REASONS = Object.keys(SCREENING_REASON_HEADINGS) as ScreeningReason[];
const RESOURCE_KEYS = Object.keys(RESOURCES) as ProtectResource[];

const SCREENING_COLUMNS: Column[] = [
  { heading: 'Referred', value: (w) => w.referred },
  ...REASONS.map((reason) => ({
    heading: SCREENING_REASON_HEADINGS[reason],
    value: (w: WeekOfVictimCare) => figure(w.referredByReason, reason),
  })),
  { heading: 'Screened out', value: (w) => w.screenedOut },
];

const SUPPORT_COLUMNS: Column[] = [
  { heading: 'Contacts made', value: (w) => w.contactsMade },
  ...RESOURCE_KEYS.map((resource) => ({
    heading: `${RESOURCES[resource]}s issued`,
    value: (w: WeekOfVictimCare) => figure(w.resourcesIssued, resource),
  })),
  { heading: 'Victim Support referrals', value: (w) => w.victimSupportReferrals },
];

function WeeksTable({
  caption,
  columns,
  weeks,
  testId,
  note,
}: {
  caption: string;
  columns: Column[];
  weeks: WeekOfVictimCare[];
  testId: string;
  note?: ReactNode;
}) {
  return (
    <table className="govuk-table app-statistics-table" data-testid={testId}>
      <caption className="govuk-table__caption govuk-table__caption--m">
        {caption}
        {note && <span className="govuk-caption-m">{note}</span>}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Week starting
          </th>
          {columns.map((c) => (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={c.heading}>
              {c.heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {weeks.map((week) => (
          <tr className="govuk-table__row" key={week.week}>
            <th scope="row" className="govuk-table__header">
              {weekLabel(week.week)}
            </th>
            {columns.map((c) => (
              <td className="govuk-table__cell govuk-table__cell--numeric" key={c.heading}>
                {countText(c.value(week))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            Total
          </th>
          {columns.map((c) => (
            <td className="govuk-table__cell govuk-table__cell--numeric app-statistics-table__total" key={c.heading}>
              {total(weeks, c.value)}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

function Statistics() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const weeks = weeksFrom(params.get('weeks'));
  const load = useCallback(() => getStatistics(weeks), [weeks]);
  const stats = useApiData(load);

  return (
    <>
      <h1 className="govuk-heading-l">Victim care statistics</h1>
      <p className="govuk-body">
        Referrals and screening are counted in the week of the victim list; contacts, resources and Victim Support
        referrals in the week they happened.
      </p>
      <Select
        id="weeks"
        label="Show the last"
        value={String(weeks)}
        onChange={(value) => navigate(`/victim-care/statistics?weeks=${value}`)}
        options={WEEK_CHOICES.map((n) => ({ value: String(n), label: `${n} weeks` }))}
      />
      {stats.error ? (
        <p className="govuk-body" data-testid="statistics-problem">
          {stats.error}
        </p>
      ) : !stats.data ? (
        <p className="govuk-body">Loading…</p>
      ) : stats.data.weeks.length === 0 ? (
        <p className="govuk-body">No victim lists or contacts in these weeks.</p>
      ) : (
        <>
          <p className="govuk-body">{WITHHELD_NOTE}</p>
          <StatisticsChart weeks={stats.data.weeks} />
          <WeeksTable
            caption="Referrals and screening"
            note="A victim referred for more than one reason is counted under each reason."
            columns={SCREENING_COLUMNS}
            weeks={stats.data.weeks}
            testId="screening-statistics"
          />
          <WeeksTable
            caption="Support given"
            columns={SUPPORT_COLUMNS}
            weeks={stats.data.weeks}
            testId="support-statistics"
          />
        </>
      )}
    </>
  );
}

/** /victim-care/statistics: per week, referrals by reason, screened out, contacts, resources and Victim Support referrals. */
export function StatisticsPage() {
  return (
    <RequireVictimCareOfficer>
      <Statistics />
    </RequireVictimCareOfficer>
  );
}
