import { fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgreedFrequency } from '../api/fraud-cases';
import { UpdateFrequencySection } from './update-frequency-section';

const api = vi.hoisted(() => ({
  getUpdateFrequency: vi.fn<(reference: string) => Promise<AgreedFrequency>>(),
  changeUpdateFrequency: vi.fn(),
}));
vi.mock('../api/fraud-cases', () => api);

function show() {
  const onProblems = vi.fn();
  render(
    <UpdateFrequencySection
      reference="NFRC240101004"
      errorFor={() => undefined}
      onProblems={onProblems}
      onSaved={vi.fn()}
    />,
  );
  return onProblems;
}

describe('how often the victim is updated, on the case page', () => {
  beforeEach(() => vi.clearAllMocks());

  it('lets the officer record a frequency agreed after a victim who could not be reached calls back', async () => {
    api.getUpdateFrequency.mockResolvedValue({ status: 'UNREACHABLE', canChange: true });
    const onProblems = show();

    const summary = await screen.findByText('Record how often the victim agreed to be updated', {
      selector: 'span',
    });
    fireEvent.click(summary);
    expect(screen.getByText(/no timed updates until a frequency is agreed/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Record how often the victim agreed to be updated' }));

    expect(api.changeUpdateFrequency).not.toHaveBeenCalled();
    const problems = onProblems.mock.calls[0][0] as { message: string }[];
    expect(problems.map((p) => p.message)).toContain('Say how the frequency was agreed');
  });

  it('offers a change, not a first agreement, once a frequency is agreed', async () => {
    api.getUpdateFrequency.mockResolvedValue({
      status: 'AGREED',
      everyDays: 28,
      method: 'PHONE',
      agreedOn: '2025-01-01',
      nextDueOn: '2025-01-29',
      canChange: true,
    });
    show();

    expect(await screen.findByText('Change how often the victim is updated', { selector: 'span' })).toBeTruthy();
    expect(screen.queryByText('Record how often the victim agreed to be updated')).toBeNull();
  });
});
