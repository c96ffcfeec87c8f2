import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { SubmitButton } from '../../../components/submit-button';
import { TextInput } from '../../../components/text-input';
import { ApiError, type FieldError } from '../../../lib/api-client';
import { changeLowStockThreshold, type ResourceStock } from '../api/resources';
import { wholeNumberProblem } from './plan-default-words';

/** A supervisor's "Change the low-stock level" for one counted resource, folded away until opened. */
export function LowStockLevelForm({
  stock,
  onChanged,
}: {
  stock: ResourceStock;
  onChanged: (s: ResourceStock) => void;
}) {
  const id = `lowStockThreshold-${stock.resource}`;
  const [level, setLevel] = useState(String(stock.lowStockThreshold ?? 0));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = wholeNumberProblem(level, 'the low-stock level', 0, 999999);
    setErrors(problem ? [{ field: id, message: problem }] : []);
    if (problem) return;
    setBusy(true);
    changeLowStockThreshold(stock.resource, level.trim())
      .then(onChanged)
      .catch((e) =>
        setErrors(
          e instanceof ApiError && e.fieldErrors.length > 0
            ? e.fieldErrors.map((f) => ({ field: id, message: f.message }))
            : [{ field: id, message: e instanceof Error ? e.message : 'The low-stock level could not be changed' }],
        ),
      )
      .finally(() => setBusy(false));
  };

  return (
    <details className="govuk-details" data-testid={`low-stock-level-${stock.resource}`}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Change the low-stock level<span className="govuk-visually-hidden"> of {stock.name.toLowerCase()}s</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={errors} />
          <TextInput
            id={id}
            label={`Warn when ${stock.name.toLowerCase()}s are at or below`}
            hint="A whole number, 0 or more; 0 warns only when none are left"
            inputMode="numeric"
            className="govuk-input--width-5"
            error={errors[0]?.message}
            value={level}
            onChange={(e) => setLevel(e.target.value)}
          />
          <SubmitButton busy={busy}>Save the low-stock level</SubmitButton>
        </form>
      </div>
    </details>
  );
}
