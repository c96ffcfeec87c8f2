import { describe, expect, it } from 'vitest';
import { casePageHref, countOf, formatLoss, priorityLabel, slaBadge } from './task-labels';

describe('slaBadge', () => {
  it('shows overdue in red, due soon in orange and on track in green', () => {
    expect(slaBadge('OVERDUE')).toEqual({ label: 'Overdue', className: 'govuk-tag govuk-tag--red' });
    expect(slaBadge('DUE_SOON')).toEqual({ label: 'Due soon', className: 'govuk-tag govuk-tag--orange' });
    expect(slaBadge('ON_TRACK')).toEqual({ label: 'On track', className: 'govuk-tag govuk-tag--green' });
  });

  it('shows no badge for a task with no due date', () => {
    expect(slaBadge(undefined)).toBeNull();
    expect(slaBadge(null)).toBeNull();
  });
});

describe('priorityLabel', () => {
  it('reads the engine priority as high from 70, low up to 30 and normal between', () => {
    expect(priorityLabel(80)).toBe('High');
    expect(priorityLabel(70)).toBe('High');
    expect(priorityLabel(69)).toBe('Normal');
    expect(priorityLabel(50)).toBe('Normal');
    expect(priorityLabel(31)).toBe('Normal');
    expect(priorityLabel(30)).toBe('Low');
    expect(priorityLabel(20)).toBe('Low');
  });
});

describe('formatLoss', () => {
  it('shows pounds and pence, or a dash when the loss is not known', () => {
    expect(formatLoss(4200)).toBe('£4,200.00');
    expect(formatLoss(0)).toBe('£0.00');
    expect(formatLoss(null)).toBe('—');
  });
});

describe('casePageHref', () => {
  it('links a fraud task to its case page and nothing else', () => {
    expect(casePageHref({ process: 'fraud-triage', caseReference: 'NFRC 1/2' })).toBe('/cases/NFRC%201%2F2');
    expect(casePageHref({ process: 'monthly-outcome-return', caseReference: '2025-01' })).toBeNull();
  });

  it('links a victim care task to its victim, through the referral reference, not to a fraud case page', () => {
    expect(casePageHref({ process: 'victim-care', caseReference: 'VCR-000042' })).toBe(
      '/victim-care/referrals/VCR-000042',
    );
  });

  it('links an Offender to Recovery task to its participant page', () => {
    expect(casePageHref({ process: 'o2r-programme', caseReference: 'O2R-000042' })).toBe(
      '/recovery/participants/O2R-000042',
    );
  });
});

describe('countOf', () => {
  it('says task or tasks as the count needs', () => {
    expect(countOf(1)).toBe('1 task');
    expect(countOf(0)).toBe('0 tasks');
    expect(countOf(1200)).toBe('1,200 tasks');
  });
});
