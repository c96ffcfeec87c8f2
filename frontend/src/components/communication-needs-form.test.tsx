import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../lib/api-client';
import { CommunicationNeedsForm } from './communication-needs-form';

describe('CommunicationNeedsForm', () => {
  it('saves an interpreter, a channel and the times to avoid', async () => {
    const user = userEvent.setup();
    const save = vi.fn().mockResolvedValue({});
    const onSaved = vi.fn();
    render(<CommunicationNeedsForm current={null} save={save} onSaved={onSaved} />);

    await user.click(screen.getByLabelText('Yes'));
    await user.type(screen.getByLabelText('Language'), 'Polish');
    await user.click(screen.getByLabelText('Phone'));
    await user.type(screen.getByLabelText('Times to avoid'), 'after 6pm');
    await user.click(screen.getByRole('button', { name: 'Save communication needs' }));

    expect(save).toHaveBeenCalledWith({
      interpreterNeeded: true,
      interpreterLanguage: 'Polish',
      preferredChannel: 'PHONE',
      timesToAvoid: 'after 6pm',
      otherNeeds: null,
    });
    expect(onSaved).toHaveBeenCalled();
  });

  it("shows the server's reasons next to the fields", async () => {
    const user = userEvent.setup();
    const save = vi
      .fn()
      .mockRejectedValue(
        new ApiError(400, 'Check the communication needs', [
          { field: 'interpreterNeeded', message: 'Say whether the victim needs an interpreter' },
        ]),
      );
    const onSaved = vi.fn();
    render(<CommunicationNeedsForm current={null} save={save} onSaved={onSaved} />);

    await user.click(screen.getByRole('button', { name: 'Save communication needs' }));

    expect(await screen.findAllByText('Say whether the victim needs an interpreter')).not.toHaveLength(0);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('says what is recorded now and where', () => {
    render(
      <CommunicationNeedsForm
        current={{
          interpreterNeeded: false,
          preferredChannel: 'LETTER',
          recordedBy: 'victim.care',
          recordedAt: '2026-01-05T10:00:00Z',
          recordedOn: 'Victim care',
        }}
        save={vi.fn()}
        onSaved={vi.fn()}
      />,
    );

    expect(screen.getByTestId('communication-needs-now')).toHaveTextContent(
      'Now: Prefers: letter. (recorded by Victim care)',
    );
  });
});
