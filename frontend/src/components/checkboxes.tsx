import { ChoiceItem, QuestionFieldset } from './question-fieldset';

export interface CheckboxOption {
  value: string;
  label: string;
  hint?: string;
}

interface Props {
  /** the answer's name; the first option's id, so an error summary can link to it */
  name: string;
  legend: string;
  legendSize?: 's' | 'm';
  hint?: string;
  error?: string;
  options: CheckboxOption[];
  values: string[];
  onChange: (values: string[]) => void;
}

/** GOV.UK checkboxes in a fieldset whose legend asks the question: any number of the options may be chosen. */
export function Checkboxes({ name, legend, legendSize = 'm', hint, error, options, values, onChange }: Props) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
  return (
    <QuestionFieldset id={name} legend={legend} legendSize={legendSize} hint={hint} error={error}>
      <div className="govuk-checkboxes">
        {options.map((option, index) => (
          <ChoiceItem
            key={option.value}
            kind="checkboxes"
            id={index === 0 ? name : `${name}-${index + 1}`}
            name={name}
            value={option.value}
            label={option.label}
            hint={option.hint}
            checked={values.includes(option.value)}
            onChange={(checked) => toggle(option.value, checked)}
          />
        ))}
      </div>
    </QuestionFieldset>
  );
}
