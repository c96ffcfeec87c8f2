import { evaluationDatasetHrefs } from '../api/evaluation';

const DOWNLOADS = [
  {
    href: evaluationDatasetHrefs.dataset,
    label: 'Dataset',
    about: 'one row per participant under a pseudonym, offending in equal windows at liberty',
  },
  {
    href: evaluationDatasetHrefs.cohorts,
    label: 'Cohorts',
    about: 'by area and start quarter, small numbers withheld',
  },
  { href: evaluationDatasetHrefs.dictionary, label: 'Data dictionary', about: 'what every column means' },
];

/**
 * The files for the programme's independent evaluator. They cover every participant, whatever the period
 * chosen above; each download is recorded as a disclosure to the person downloading it.
 */
export function EvaluatorDownloads() {
  return (
    <section aria-labelledby="evaluator-downloads-heading" data-testid="evaluator-downloads">
      <h2 className="govuk-heading-m" id="evaluator-downloads-heading">
        Files for the independent evaluator
      </h2>
      <p className="govuk-body">
        These cover everyone enrolled, whatever the period above. Each download is recorded as a disclosure to you.
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {DOWNLOADS.map((d) => (
          <li key={d.href}>
            <a className="govuk-link" href={d.href} download>
              {d.label} (CSV)
            </a>
            : {d.about}
          </li>
        ))}
      </ul>
    </section>
  );
}
