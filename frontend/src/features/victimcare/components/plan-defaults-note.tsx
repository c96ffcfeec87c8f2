import { formatDate } from '../../../lib/dates';
import type { PlanDefaults } from '../api/referrals';
import { ADVICE, RESOURCES } from './victim-care-words';

/**
 * What the assessment's support level offers by default, and why: a starting point for the plan agreed with the
 * victim, which the officer may change. {@code onUse} fills the plan with the suggested contact dates.
 */
export function PlanDefaultsNote({ defaults, onUse }: { defaults: PlanDefaults; onUse?: () => void }) {
  return (
    <div className="govuk-inset-text" data-testid="plan-defaults">
      <p className="govuk-body govuk-!-font-weight-bold">{defaults.why}</p>
      <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-margin-bottom-2">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Suggested contacts</dt>
          <dd className="govuk-summary-list__value">{defaults.suggestedContacts.map(formatDate).join(', ')}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Advice to cover</dt>
          <dd className="govuk-summary-list__value">
            {defaults.advice.map((a) => ADVICE[a] ?? a).join(', ') || 'None'}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Resources to offer</dt>
          <dd className="govuk-summary-list__value">
            {defaults.resources.map((r) => RESOURCES[r] ?? r).join(', ') || 'None'}
          </dd>
        </div>
      </dl>
      {onUse && (
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onUse}>
          Use the suggested dates
        </button>
      )}
    </div>
  );
}
