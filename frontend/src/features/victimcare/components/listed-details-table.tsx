import { formatDate } from '../../../lib/dates';
import type { VictimListing } from '../api/victims';

/** Every name and contact detail the person was listed with, crime by crime, with the list it came from. */
export function ListedDetailsTable({ listings }: { listings: VictimListing[] }) {
  const listed = listings.filter((listing) => listing.listedAs);
  if (listed.length === 0) return null;
  return (
    <table className="govuk-table" data-testid="victim-listed-as">
      <caption className="govuk-table__caption govuk-table__caption--m">As each list gave them</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Crime
          </th>
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Date of birth
          </th>
          <th scope="col" className="govuk-table__header">
            Phone
          </th>
          <th scope="col" className="govuk-table__header">
            Email
          </th>
          <th scope="col" className="govuk-table__header">
            Postcode
          </th>
          <th scope="col" className="govuk-table__header">
            From
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {listed.map(({ crimeReference, listedAs, listWeek, line, importJobId, joinedReferralReference }) => (
          <tr className="govuk-table__row" key={crimeReference}>
            <th scope="row" className="govuk-table__header">
              {crimeReference}
            </th>
            <td className="govuk-table__cell">
              {listedAs?.forename} {listedAs?.surname}
            </td>
            <td className="govuk-table__cell">
              {listedAs?.dateOfBirth ? formatDate(listedAs.dateOfBirth) : 'Not given'}
            </td>
            <td className="govuk-table__cell">{listedAs?.phone || 'Not given'}</td>
            <td className="govuk-table__cell">{listedAs?.email || 'Not given'}</td>
            <td className="govuk-table__cell">{listedAs?.postcode || 'Not given'}</td>
            <td className="govuk-table__cell">
              {importJobId
                ? `List of week ${formatDate(listWeek)}${line ? `, line ${line}` : ''}`
                : 'Recorded directly'}
              {joinedReferralReference && (
                <>
                  {'; joined '}
                  <a className="govuk-link" href={`#referral-${joinedReferralReference}`}>
                    {joinedReferralReference}
                  </a>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
