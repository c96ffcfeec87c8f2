import { useRef } from 'react';
import { DateInput } from '../../../components/date-input';
import { Select } from '../../../components/select';
import { emptyDate, type DateParts } from '../../../lib/dates';
import { contactRowId, type ContactRowDraft } from './victim-care-answers';
import { CHANNELS } from './victim-care-words';

export const emptyContactRow = (): ContactRowDraft => ({ dueOn: emptyDate(), channel: '' });

/** An ISO date as the parts of a GOV.UK date input. */
export function dateParts(iso: string): DateParts {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

interface Props {
  rows: ContactRowDraft[];
  onChange: (rows: ContactRowDraft[]) => void;
  /** problems keyed by element id */
  errorFor: (id: string) => string | undefined;
}

const channelOptions = Object.entries(CHANNELS).map(([value, label]) => ({ value, label }));

/** The contacts of a plan: a date and a channel each, rows added and removed; at least one row stays. */
export function ContactRows({ rows, onChange, errorFor }: Props) {
  // Stable keys so removing a row does not move typed dates between rows.
  const keys = useRef<number[]>(rows.map((_, i) => i));
  const nextKey = useRef(rows.length);
  while (keys.current.length < rows.length) keys.current.push(nextKey.current++);

  const update = (index: number, change: Partial<ContactRowDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  function add() {
    keys.current = [...keys.current, nextKey.current++];
    onChange([...rows, emptyContactRow()]);
    const index = rows.length;
    // Focus the new row's first box once it is drawn, so keyboard users carry on where it is.
    window.setTimeout(() => document.getElementById(`${contactRowId(index, 'dueOn')}-day`)?.focus(), 0);
  }

  function remove(index: number) {
    keys.current = keys.current.filter((_, i) => i !== index);
    onChange(rows.filter((_, i) => i !== index));
    window.setTimeout(() => document.getElementById('add-contact')?.focus(), 0);
  }

  return (
    <div data-testid="contact-rows">
      {rows.map((row, index) => (
        <fieldset
          className="govuk-fieldset app-contact-row"
          key={keys.current[index]}
          data-testid={`contact-row-${index}`}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Contact {index + 1}</legend>
          <DateInput
            id={contactRowId(index, 'dueOn')}
            legend="Date"
            hint="Today or later, for example 25 11 2026"
            error={errorFor(`${contactRowId(index, 'dueOn')}-day`)}
            value={row.dueOn}
            onChange={(dueOn) => update(index, { dueOn })}
          />
          <Select
            id={contactRowId(index, 'channel')}
            label="How"
            placeholder="Choose how"
            error={errorFor(contactRowId(index, 'channel'))}
            value={row.channel}
            onChange={(channel) => update(index, { channel })}
            options={channelOptions}
          />
          {rows.length > 1 && (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => remove(index)}>
              Remove<span className="govuk-visually-hidden"> contact {index + 1}</span>
            </button>
          )}
        </fieldset>
      ))}
      <div className="govuk-button-group">
        <button type="button" id="add-contact" className="govuk-button govuk-button--secondary" onClick={add}>
          Add another contact
        </button>
      </div>
    </div>
  );
}
