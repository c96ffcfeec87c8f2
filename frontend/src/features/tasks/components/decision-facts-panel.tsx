import { Link } from 'react-router-dom';
import type { DecisionFact, DecisionFacts } from '../../../api/tasks';

interface Props {
  facts?: DecisionFacts | null;
  /** why filing needs a supervisor's approval, shown with the facts it is about */
  approvalReason?: string | null;
  /** the case page, for the full story; absent when the user has no case page to open */
  caseHref?: string | null;
}

/** The facts the task's decision rests on, from the case, so the officer need not open the case in another tab. */
export function DecisionFactsPanel({ facts, approvalReason, caseHref }: Props) {
  const groups = (facts?.groups ?? []).filter((g) => g.facts.length > 0);
  if (groups.length === 0 && !approvalReason) return null;
  const reason: DecisionFact[] = approvalReason
    ? [{ label: 'Why approval is needed', value: approvalReason, personal: false }]
    : [];
  const shown = groups.length > 0 ? groups : [{ title: 'Approval', facts: [] }];
  return (
    <section aria-labelledby="decision-facts-heading" data-testid="decision-facts">
      <h2 className="govuk-heading-m" id="decision-facts-heading">
        Facts for this decision
      </h2>
      {shown.map((group, i) => (
        <div key={group.title}>
          <h3 className="govuk-heading-s">{group.title}</h3>
          <dl className="govuk-summary-list">
            {(i === 0 ? [...reason, ...group.facts] : group.facts).map((fact, j) => (
              <div className="govuk-summary-list__row" key={`${fact.label}-${j}`}>
                <dt className="govuk-summary-list__key">{fact.label}</dt>
                <dd className="govuk-summary-list__value">{fact.value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      {caseHref && (
        <p className="govuk-body">
          <Link className="govuk-link" to={caseHref}>
            Open the case page
          </Link>{' '}
          for the full story.
        </p>
      )}
    </section>
  );
}
