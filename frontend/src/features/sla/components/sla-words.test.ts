import { describe, expect, it } from 'vitest';
import { complianceRate, monthName, percentLabel, shortDate, teamLabel, validatePeriod } from './sla-words';

describe('validatePeriod', () => {
  it('accepts two real ISO dates in order, the same day included', () => {
    expect(validatePeriod('2026-01-05', '2026-03-29')).toEqual([]);
    expect(validatePeriod(' 2026-03-29 ', '2026-03-29')).toEqual([]);
  });

  it('names each date written another way, or not a real day', () => {
    expect(validatePeriod('5/1/2026', '2026-02-30').map((p) => p.field)).toEqual(['from', 'to']);
  });

  it('refuses a period that ends before it starts, on the start date', () => {
    expect(validatePeriod('2026-03-29', '2026-01-05')).toEqual([
      { field: 'from', message: 'The start of the period must be on or before its end' },
    ]);
  });
});

describe('figures in words', () => {
  it('gives the share met in time of the decided clocks only', () => {
    expect(complianceRate({ met: 3, metLate: 1, breached: 0 })).toBe('75%');
    expect(complianceRate({ met: 2, metLate: 0, breached: 1 })).toBe('66.7%');
    expect(complianceRate({ met: 0, metLate: 0, breached: 0 })).toBe('—');
  });

  it('shows percentages, months, dates and teams plainly', () => {
    expect(percentLabel(75)).toBe('75%');
    expect(percentLabel(null)).toBe('—');
    expect(monthName('2026-03')).toBe('March 2026');
    expect(shortDate('2026-03-02')).toBe('2 Mar');
    expect(teamLabel({ team: 'ecu-triage', teamName: 'ECU triage team' })).toBe('ECU triage team');
    expect(teamLabel({ team: 'ecu-triage' })).toBe('ecu-triage');
  });
});
