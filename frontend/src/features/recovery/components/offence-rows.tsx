import { DateInput } from '../../../components/date-input';
import { TextInput } from '../../../components/text-input';
import type { FieldError } from '../../../lib/api-client';
import { dateProblem, emptyDate, toIsoDate, type DateParts } from '../../../lib/dates';
import type { Offence } from '../api/recovery';

export interface OffenceDraft {
  offenceDate: DateParts;
  valueStolen: string;
  retailer: string;
}

export const emptyOffence = (): OffenceDraft => ({ offenceDate: emptyDate(), valueStolen: '', retailer: '' });

/** The answer name of one offence's part, as the API names it: offences[0].offenceDate. */
export const offenceField = (name: string, index: number, part: keyof Offence) => `${name}[${index}].${part}`;

/** The element id an offence part's error links to. */
export function offenceFieldId(name: string, index: number, part: string): string {
  const id = `${name}-${index}-${part}`;
  return part === 'offenceDate' ? `${id}-day` : id;
}

/** An answer name like offences[0].offenceDate → its element id; null when it is not an offence part. */
export function offenceAnswerId(field: string): string | null {
  const match = /^([A-Za-z]+)\[(\d+)\]\.(\w+)$/.exec(field);
  return match ? offenceFieldId(match[1], Number(match[2]), match[3]) : null;
}

export const isOffenceEmpty = (o: OffenceDraft) =>
  !o.offenceDate.day.trim() &&
  !o.offenceDate.month.trim() &&
  !o.offenceDate.year.trim() &&
  !o.valueStolen.trim() &&
  !o.retailer.trim();

const MONEY = /^\d+(\.\d{1,2})?$/;

export const parsePounds = (text: string) => Number(text.trim().replace(/^£/, '').replace(/,/g, ''));

export const isPounds = (text: string) => MONEY.test(text.trim().replace(/^£/, '').replace(/,/g, ''));

/** The offences that have anything in them, as the API takes them. */
export function offencesOf(drafts: OffenceDraft[]): Offence[] {
  return drafts
    .filter((o) => !isOffenceEmpty(o))
    .map((o) => ({
      offenceDate: toIsoDate(o.offenceDate) ?? '',
      valueStolenGbp: parsePounds(o.valueStolen),
      retailer: o.retailer.trim() || null,
    }));
}

/** What is wrong with each offence row that has anything in it. */
export function offenceProblems(name: string, drafts: OffenceDraft[]): FieldError[] {
  const problems: FieldError[] = [];
  drafts.forEach((o, i) => {
    if (isOffenceEmpty(o)) return;
    const date = dateProblem(o.offenceDate, `the date of offence ${i + 1}`, { notInFuture: true });
    if (date) problems.push({ field: offenceField(name, i, 'offenceDate'), message: date });
    if (!o.valueStolen.trim()) {
      problems.push({
        field: offenceField(name, i, 'valueStolenGbp'),
        message: `Enter the value stolen in offence ${i + 1} (0 if nothing)`,
      });
    } else if (!isPounds(o.valueStolen)) {
      problems.push({
        field: offenceField(name, i, 'valueStolenGbp'),
        message: `The value stolen in offence ${i + 1} must be an amount in pounds, like 45.50`,
      });
    }
  });
  return problems;
}

interface Props {
  /** the answer's name, e.g. offences or newOffences */
  name: string;
  legend: string;
  hint?: string;
  offences: OffenceDraft[];
  onChange: (offences: OffenceDraft[]) => void;
  error: (field: string) => string | undefined;
}

/** Shop theft offences, one row each (date, value stolen, retailer), with rows added and removed by button. */
export function OffenceRows({ name, legend, hint, offences, onChange, error }: Props) {
  const change = (index: number, offence: OffenceDraft) =>
    onChange(offences.map((o, i) => (i === index ? offence : o)));
  return (
    <fieldset className="govuk-fieldset" data-testid={`${name}-rows`}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
      {hint && <div className="govuk-hint">{hint}</div>}
      {offences.map((offence, i) => (
        <div className="app-offence-row" key={i} role="group" aria-label={`Offence ${i + 1}`}>
          <h3 className="govuk-heading-s">Offence {i + 1}</h3>
          <DateInput
            id={`${name}-${i}-offenceDate`}
            legend={`Date of offence ${i + 1}`}
            error={error(offenceField(name, i, 'offenceDate'))}
            value={offence.offenceDate}
            onChange={(offenceDate) => change(i, { ...offence, offenceDate })}
          />
          <TextInput
            id={`${name}-${i}-valueStolenGbp`}
            label={`Value stolen in offence ${i + 1}, in pounds`}
            className="govuk-input--width-10"
            inputMode="decimal"
            error={error(offenceField(name, i, 'valueStolenGbp'))}
            value={offence.valueStolen}
            onChange={(e) => change(i, { ...offence, valueStolen: e.target.value })}
          />
          <TextInput
            id={`${name}-${i}-retailer`}
            label={`Retailer in offence ${i + 1} (optional)`}
            className="govuk-input--width-20"
            value={offence.retailer}
            onChange={(e) => change(i, { ...offence, retailer: e.target.value })}
          />
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => onChange(offences.filter((_, j) => j !== i))}
          >
            Remove offence {i + 1}
          </button>
        </div>
      ))}
      <div>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => onChange([...offences, emptyOffence()])}
        >
          Add {offences.length === 0 ? 'an' : 'another'} offence
        </button>
      </div>
    </fieldset>
  );
}
