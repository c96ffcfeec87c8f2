import { describe, expect, it } from 'vitest';
import {
  emptyNeedsChange,
  needsChangeAnswers,
  validateNeedsChange,
  emptyNeedsAssessment,
  needsAssessmentAnswers,
  needsAssessmentFieldId,
  validateNeedsAssessment,
  type NeedsAssessmentDraft,
} from './needs-assessment';

const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

const answered = (changes: Partial<NeedsAssessmentDraft> = {}): NeedsAssessmentDraft => ({
  assessedOn: { day: '10', month: '11', year: '2025' },
  assessedTime: '9.05',
  enhancedRights: 'no',
  enhancedRightsCategory: '',
  enhancedRightsReason: ' No vulnerability found ',
  supportNeeds: '',
  ...changes,
});

describe('validateNeedsAssessment', () => {
  it('asks for every answer of an empty assessment', () => {
    expect(fields(validateNeedsAssessment(emptyNeedsAssessment(), '2025-11-12'))).toEqual([
      'assessedOn',
      'assessedTime',
      'enhancedRights',
      'enhancedRightsReason',
    ]);
  });

  it('refuses an assessment dated in the future', () => {
    const errors = validateNeedsAssessment(answered(), '2025-11-09');
    expect(errors).toEqual([{ field: 'assessedOn', message: 'The date of the assessment cannot be in the future' }]);
  });

  it('asks why the victim is entitled to Enhanced Rights when they are', () => {
    expect(fields(validateNeedsAssessment(answered({ enhancedRights: 'yes' }), '2025-11-12'))).toEqual([
      'enhancedRightsCategory',
    ]);
  });

  it('accepts a complete answer', () => {
    expect(validateNeedsAssessment(answered(), '2025-11-12')).toEqual([]);
  });
});

describe('needsAssessmentAnswers', () => {
  it('sends the date and time as one London time, without a category when not entitled', () => {
    expect(needsAssessmentAnswers(answered({ enhancedRightsCategory: 'VULNERABLE' }))).toEqual({
      assessedAt: '2025-11-10T09:05',
      enhancedRights: false,
      enhancedRightsCategory: undefined,
      enhancedRightsReason: 'No vulnerability found',
      supportNeeds: undefined,
    });
  });

  it('sends the category and support needs when entitled', () => {
    const answers = needsAssessmentAnswers(
      answered({ enhancedRights: 'yes', enhancedRightsCategory: 'VULNERABLE', supportNeeds: ' Large print ' }),
    );
    expect(answers.enhancedRights).toBe(true);
    expect(answers.enhancedRightsCategory).toBe('VULNERABLE');
    expect(answers.supportNeeds).toBe('Large print');
  });
});

describe('needsAssessmentFieldId', () => {
  it('links the server’s date-and-time error to the day box', () => {
    expect(needsAssessmentFieldId('assessedAt')).toBe('assessedOn-day');
    expect(needsAssessmentFieldId('enhancedRightsReason')).toBe('enhancedRightsReason');
  });
});

describe('the victim’s needs have changed', () => {
  it('asks when and what changed, and refuses a date in the future', () => {
    expect(fields(validateNeedsChange(emptyNeedsChange(), '2025-11-12'))).toEqual(['changedOn', 'whatChanged']);
    const future = { changedOn: { day: '13', month: '11', year: '2025' }, changedTime: '', whatChanged: 'Moved' };
    expect(fields(validateNeedsChange(future, '2025-11-12'))).toEqual(['changedOn']);
  });

  it('sends the start of the day when no time is given', () => {
    expect(
      needsChangeAnswers({
        changedOn: { day: '10', month: '11', year: '2025' },
        changedTime: '',
        whatChanged: ' Moved ',
      }),
    ).toEqual({ changedAt: '2025-11-10T00:00', whatChanged: 'Moved' });
  });
});
