import type { FieldError } from '../../../lib/api-client';
import { offenceAnswerId } from './offence-rows';
import { stageFieldId } from './stage-fields';

export const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export const asBoolean = (answer: string) => (answer === 'yes' ? true : answer === 'no' ? false : null);

export const required = (value: string, field: string, message: string): FieldError[] =>
  value.trim() ? [] : [{ field, message }];

/** Element ids of the answers the O2R task forms have: date boxes by their day, offences and stages by row. */
export function recoveryFieldId(field: string): string {
  if (field === 'enrolmentDate') return 'enrolmentDate-day';
  return offenceAnswerId(field) ?? stageFieldId('firstStage.', field) ?? field;
}
