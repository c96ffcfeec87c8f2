// Checks made before recording a victim's needs assessment (Victims' Code Right 4); the server still decides.
import type { FieldError } from '../../../lib/api-client';
import { dateProblem, toIsoDate, type DateParts } from '../../../lib/dates';
import type { EnhancedRightsCategory, NeedsAssessment, NeedsChange } from '../api/fraud-cases';
import { toIsoTime } from './case-forms';

export interface NeedsAssessmentDraft {
  assessedOn: DateParts;
  /** HH:mm on the 24-hour clock */
  assessedTime: string;
  /** 'yes' or 'no'; blank until answered */
  enhancedRights: string;
  enhancedRightsCategory: string;
  enhancedRightsReason: string;
  supportNeeds: string;
}

export const emptyNeedsAssessment = (): NeedsAssessmentDraft => ({
  assessedOn: { day: '', month: '', year: '' },
  assessedTime: '',
  enhancedRights: '',
  enhancedRightsCategory: '',
  enhancedRightsReason: '',
  supportNeeds: '',
});

export function validateNeedsAssessment(draft: NeedsAssessmentDraft, today?: string): FieldError[] {
  const errors: FieldError[] = [];
  const date = dateProblem(draft.assessedOn, 'the date of the assessment', { notInFuture: true, today });
  if (date) errors.push({ field: 'assessedOn', message: date });
  if (!toIsoTime(draft.assessedTime)) {
    errors.push({
      field: 'assessedTime',
      message: 'Enter the time of the assessment on the 24-hour clock, like 14:30',
    });
  }
  if (!draft.enhancedRights) {
    errors.push({ field: 'enhancedRights', message: 'Say whether the victim is entitled to Enhanced Rights' });
  } else if (draft.enhancedRights === 'yes' && !draft.enhancedRightsCategory) {
    errors.push({ field: 'enhancedRightsCategory', message: 'Choose why the victim is entitled to Enhanced Rights' });
  }
  if (!draft.enhancedRightsReason.trim()) {
    errors.push({
      field: 'enhancedRightsReason',
      message: 'Say why the victim is or is not entitled to Enhanced Rights',
    });
  }
  return errors;
}

export function needsAssessmentAnswers(draft: NeedsAssessmentDraft): NeedsAssessment {
  const entitled = draft.enhancedRights === 'yes';
  return {
    assessedAt: `${toIsoDate(draft.assessedOn) ?? ''}T${toIsoTime(draft.assessedTime) ?? ''}`,
    enhancedRights: entitled,
    enhancedRightsCategory: entitled ? (draft.enhancedRightsCategory as EnhancedRightsCategory) : undefined,
    enhancedRightsReason: draft.enhancedRightsReason.trim(),
    supportNeeds: draft.supportNeeds.trim() || undefined,
  };
}

/** The server names the date and time as one answer, `assessedAt`: its errors link to the day box. */
export const needsAssessmentFieldId = (field: string) => (field === 'assessedAt' ? 'assessedOn-day' : field);

export interface NeedsChangeDraft {
  changedOn: DateParts;
  /** HH:mm; blank for the start of the day */
  changedTime: string;
  whatChanged: string;
}

export const emptyNeedsChange = (): NeedsChangeDraft => ({
  changedOn: { day: '', month: '', year: '' },
  changedTime: '',
  whatChanged: '',
});

export function validateNeedsChange(draft: NeedsChangeDraft, today?: string): FieldError[] {
  const errors: FieldError[] = [];
  const date = dateProblem(draft.changedOn, 'the date the needs changed', { notInFuture: true, today });
  if (date) errors.push({ field: 'changedOn', message: date });
  if (draft.changedTime.trim() && !toIsoTime(draft.changedTime)) {
    errors.push({ field: 'changedTime', message: 'Enter the time on the 24-hour clock, for example 14:30' });
  }
  if (!draft.whatChanged.trim()) errors.push({ field: 'whatChanged', message: 'Say what changed' });
  return errors;
}

export const needsChangeAnswers = (draft: NeedsChangeDraft): NeedsChange => ({
  changedAt: `${toIsoDate(draft.changedOn) ?? ''}T${toIsoTime(draft.changedTime) ?? '00:00'}`,
  whatChanged: draft.whatChanged.trim(),
});
