import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OutcomeCorrectionForm } from './outcome-correction-form';

const api = vi.hoisted(() => ({ correctOutcome: vi.fn() }));
vi.mock('../api/fraud-cases', () => api);
const reference = vi.hoisted(() => ({ listOutcomeCodesFor: vi.fn() }));
vi.mock('../../../api/reference', () => reference);

function show() {
  const onProblems = vi.fn();
  const onSaved = vi.fn();
  render(
    <OutcomeCorrectionForm
      reference="NFRC240101004"
      path="FILED_AT_TRIAGE"
      currentCode="18"
      errorFor={() => undefined}
      onProblems={onProblems}
      onSaved={onSaved}
    />,
  );
  return { onProblems, onSaved };
}

describe("correcting a finalised crime's outcome, on the case page", () => {
  beforeEach(() => {
    vi.clearAllMocks();
    reference.listOutcomeCodesFor.mockResolvedValue([
      { code: '14', name: 'Evidential difficulties: victim based', homeOfficeCode: '14', local: false },
      { code: '18', name: 'Investigation complete – no suspect identified', homeOfficeCode: '18', local: false },
    ]);
  });

  it("offers only the path's other codes, asks for a reason, and sends the correction", async () => {
    const { onProblems, onSaved } = show();
    await screen.findByRole('option', { name: '14 – Evidential difficulties: victim based' });
    expect(reference.listOutcomeCodesFor).toHaveBeenCalledWith('FILED_AT_TRIAGE');
    expect(screen.queryByRole('option', { name: /^18 –/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Correct the outcome' }));
    expect(api.correctOutcome).not.toHaveBeenCalled();
    expect((onProblems.mock.calls[0][0] as { message: string }[]).map((p) => p.message)).toEqual([
      'Choose the corrected outcome code',
      'Say why the outcome is being corrected',
    ]);

    api.correctOutcome.mockResolvedValue([]);
    fireEvent.change(screen.getByLabelText('Corrected outcome'), { target: { value: '14' } });
    fireEvent.change(screen.getByLabelText('Why is the outcome being corrected?'), {
      target: { value: ' Victim withdrew support ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Correct the outcome' }));

    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(
        'Outcome corrected to 14. If a monthly return has already sent this crime, the next return sends it again, amended',
      ),
    );
    expect(api.correctOutcome).toHaveBeenCalledWith('NFRC240101004', '14', 'Victim withdrew support');
  });
});
