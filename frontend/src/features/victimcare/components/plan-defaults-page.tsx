import { useCallback, useState } from 'react';
import { SuccessBanner } from '../../../components/notification-banner';
import { useSession } from '../../../lib/session-context';
import { useApiData } from '../../../lib/use-api-data';
import { listPlanDefaults } from '../api/plan-defaults';
import type { PlanDefaults } from '../api/referrals';
import { PlanDefaultForm } from './plan-default-form';
import { RequireVictimCareOfficer } from './require-victim-care-officer';
import { isVictimCareSupervisor } from './victim-care-access';
import { ADVICE, RESOURCES, listOf } from './victim-care-words';
import { frequencyInWords } from './plan-default-words';

function LevelDefaults({ defaults, onChange }: { defaults: PlanDefaults; onChange?: () => void }) {
  const rows: [string, string][] = [
    ['Contact', frequencyInWords(defaults.contactEveryDays)],
    ['Number of contacts', String(defaults.suggestedContacts.length)],
    ['Advice to cover', listOf(ADVICE, defaults.advice)],
    ['Resources to offer', listOf(RESOURCES, defaults.resources)],
  ];
  return (
    <div className="govuk-summary-card" data-testid={`plan-default-${defaults.supportLevel}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">{defaults.supportName}</h2>
        {onChange && (
          <ul className="govuk-summary-card__actions">
            <li className="govuk-summary-card__action">
              <button type="button" className="govuk-link app-link-button" onClick={onChange}>
                Change<span className="govuk-visually-hidden"> the {defaults.supportName.toLowerCase()} defaults</span>
              </button>
            </li>
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          {rows.map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}

function PlanDefaultsList() {
  const { user } = useSession();
  const supervisor = isVictimCareSupervisor(user);
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [changed, setChanged] = useState<string | null>(null);
  // A new function after each change makes useApiData read the defaults again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const load = useCallback(() => listPlanDefaults(), [version]);
  const defaults = useApiData(load);

  return (
    <>
      <SuccessBanner message={changed} focusOnShow />
      <h1 className="govuk-heading-l">Plan defaults</h1>
      <p className="govuk-body">
        The victim’s support level, from their assessment, sets where their contact plan starts. The officer agrees the
        plan with the victim and may change any of it. A changed default applies to plans agreed from then on; plans
        already agreed keep their dates.
      </p>
      {!supervisor && <p className="govuk-inset-text">Only a victim care supervisor can change the defaults.</p>}
      {defaults.error && <p className="govuk-error-message">{defaults.error}</p>}
      {(defaults.data ?? []).map((level) =>
        editing === level.supportLevel ? (
          <PlanDefaultForm
            key={level.supportLevel}
            defaults={level}
            onCancel={() => setEditing(null)}
            onChanged={(after) => {
              setEditing(null);
              setChanged(`${after.supportName} defaults changed: ${after.why}`);
              setVersion((v) => v + 1);
            }}
          />
        ) : (
          <LevelDefaults
            key={level.supportLevel}
            defaults={level}
            onChange={
              supervisor
                ? () => {
                    setChanged(null);
                    setEditing(level.supportLevel);
                  }
                : undefined
            }
          />
        ),
      )}
    </>
  );
}

/** /victim-care/plan-defaults: what each support level offers by default; supervisors change it. */
export function PlanDefaultsPage() {
  return (
    <RequireVictimCareOfficer>
      <PlanDefaultsList />
    </RequireVictimCareOfficer>
  );
}
