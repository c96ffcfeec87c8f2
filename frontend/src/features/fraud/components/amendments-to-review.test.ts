import { describe, expect, it } from 'vitest';
import { amendmentsToReview, type CrimeAmendment } from '../api/fraud-cases';

const amendment = (id: number, acknowledgedAt: string | null): CrimeAmendment => ({
  id,
  crimeReference: 'NFRC1',
  changes: [{ field: 'lossGbp', label: 'loss', was: '£640', now: '£900' }],
  summary: 'loss £640 → £900',
  receivedBy: 'ecu.officer',
  receivedAt: '2026-11-02T10:00:00Z',
  acknowledgedAt,
});

describe('amendmentsToReview', () => {
  it('keeps the amendments nobody has acknowledged, oldest first', () => {
    const list = [amendment(3, null), amendment(2, '2026-11-03T09:00:00Z'), amendment(1, null)];
    expect(amendmentsToReview(list).map((a) => a.id)).toEqual([1, 3]);
  });

  it('has nothing to review on a case the server sent without amendments', () => {
    expect(amendmentsToReview(undefined)).toEqual([]);
  });
});
