import { useCallback, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { Radios } from '../../../components/radios';
import { SubmitButton } from '../../../components/submit-button';
import { TextInput } from '../../../components/text-input';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { useSession } from '../../../lib/session-context';
import { useApiData } from '../../../lib/use-api-data';
import { listResources, recordDelivery, type ResourceStock } from '../api/resources';
import { LowStockLevelForm } from './low-stock-level-form';
import { RequireVictimCareOfficer } from './require-victim-care-officer';
import { isVictimCareSupervisor } from './victim-care-access';

/** "Call blocker stock is low: 3 left (order more at 5 or fewer)", or nothing while stock is above its threshold. */
export function lowStockWarning(stock: ResourceStock): string | null {
  if (!stock.lowStock) return null;
  const left = stock.inStock === 0 ? 'none left' : `${stock.inStock} left`;
  return `${stock.name} stock is low: ${left} (order more at ${stock.lowStockThreshold ?? 0} or fewer)`;
}

/** Checked before sending so the officer hears at once; the server checks the same and says the same. */
export function deliveryProblem(quantity: string): string | null {
  const text = quantity.trim();
  if (text === '') return 'Enter how many were delivered';
  if (!/^\d{1,6}$/.test(text)) return 'How many were delivered must be a whole number, like 10';
  if (Number(text) < 1) return 'How many were delivered must be 1 or more';
  return null;
}

function StockTable({ stock }: { stock: ResourceStock[] }) {
  return (
    <table className="govuk-table" data-testid="resource-stock">
      <caption className="govuk-table__caption govuk-table__caption--m">Stock</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Resource
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            In stock
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Low at or below
          </th>
          <th scope="col" className="govuk-table__header">
            Funded by
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {stock.map((s) => (
          <tr className="govuk-table__row" key={s.resource}>
            <th scope="row" className="govuk-table__header">
              {s.name}
              {s.lowStock && <strong className="govuk-tag govuk-tag--red app-tag-after">Low stock</strong>}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{s.inStock}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{s.lowStockThreshold ?? 0}</td>
            <td className="govuk-table__cell">{s.fundedBy ?? 'Not recorded'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DeliveryForm({ stock, onRecorded }: { stock: ResourceStock[]; onRecorded: (s: ResourceStock) => void }) {
  const [resource, setResource] = useState(stock.length === 1 ? stock[0].resource : '');
  const [quantity, setQuantity] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!resource) problems.push({ field: 'resource', message: 'Choose what was delivered' });
    const problem = deliveryProblem(quantity);
    if (problem) problems.push({ field: 'quantity', message: problem });
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    recordDelivery(resource as ResourceStock['resource'], { quantity: quantity.trim() })
      .then((after) => {
        setQuantity('');
        onRecorded(after);
      })
      .catch((e) =>
        setErrors(
          e instanceof ApiError && e.fieldErrors.length > 0
            ? e.fieldErrors
            : [{ field: 'quantity', message: e instanceof Error ? e.message : 'The delivery could not be recorded' }],
        ),
      )
      .finally(() => setBusy(false));
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 className="govuk-heading-m">Record a delivery</h2>
      <ErrorSummary errors={errors} />
      {stock.length > 1 && (
        <Radios
          name="resource"
          legend="What was delivered?"
          error={errorFor('resource')}
          value={resource}
          onChange={setResource}
          options={stock.map((s) => ({ value: s.resource, label: s.name }))}
        />
      )}
      <TextInput
        id="quantity"
        label={stock.length === 1 ? `How many ${stock[0].name.toLowerCase()}s were delivered?` : 'How many?'}
        hint="Recorded as delivered today, by you"
        inputMode="numeric"
        className="govuk-input--width-5"
        error={errorFor('quantity')}
        value={quantity}
        onChange={(e) => setQuantity(e.target.value)}
      />
      <SubmitButton busy={busy}>Record delivery</SubmitButton>
    </form>
  );
}

function Resources() {
  const { user } = useSession();
  const [version, setVersion] = useState(0);
  const [recorded, setRecorded] = useState<string | null>(null);
  // A new function after each delivery makes useApiData read the stock again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const load = useCallback(() => listResources(), [version]);
  const stock = useApiData(load);
  const warnings = (stock.data ?? []).map(lowStockWarning).filter((w): w is string => !!w);

  return (
    <>
      <h1 className="govuk-heading-l">Protect resources</h1>
      {recorded && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{recorded}</p>
          </div>
        </div>
      )}
      {stock.error && <p className="govuk-error-message">{stock.error}</p>}
      {warnings.map((warning) => (
        <div className="govuk-warning-text" key={warning} data-testid="low-stock-warning">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {warning}
          </strong>
        </div>
      ))}
      {stock.data && (
        <>
          <StockTable stock={stock.data} />
          {isVictimCareSupervisor(user) &&
            stock.data.map((s) => (
              <LowStockLevelForm
                key={`${s.resource}:${s.lowStockThreshold}`}
                stock={s}
                onChanged={(after) => {
                  setRecorded(
                    `Low-stock level changed: ${after.name.toLowerCase()}s are low at ${after.lowStockThreshold} or fewer`,
                  );
                  setVersion((v) => v + 1);
                }}
              />
            ))}
          <DeliveryForm
            stock={stock.data}
            onRecorded={(after) => {
              setRecorded(`Delivery recorded: ${after.inStock} ${after.name.toLowerCase()}s now in stock`);
              setVersion((v) => v + 1);
            }}
          />
        </>
      )}
    </>
  );
}

/**
 * /victim-care/resources: stock of each counted protect resource, a warning when it runs low, and deliveries;
 * supervisors also change each resource's low-stock level.
 */
export function ResourcesPage() {
  return (
    <RequireVictimCareOfficer>
      <Resources />
    </RequireVictimCareOfficer>
  );
}
