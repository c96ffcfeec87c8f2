import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fraudTaskDetail as detail } from './fraud-task.fixtures';
import { TellVictimForm } from './tell-victim-form';

function tellOn(day: string) {
  fireEvent.click(screen.getByLabelText('Yes, the victim was told'));
  fireEvent.change(screen.getByLabelText('Day'), { target: { value: day } });
  fireEvent.change(screen.getByLabelText('Month'), { target: { value: '1' } });
  fireEvent.change(screen.getByLabelText('Year'), { target: { value: '2025' } });
  fireEvent.click(screen.getAllByLabelText('Phone')[0]);
}

describe('TellVictimForm: the agreed update frequency', () => {
  it('asks how often and how the victim wants updates when they are told who their officer is', () => {
    const onSubmit = vi.fn();
    render(
      <TellVictimForm
        detail={detail('Task_TellVictimOfficer', 'EMAIL')}
        errors={[]}
        busy={false}
        onSubmit={onSubmit}
      />,
    );
    tellOn('2');

    expect(screen.getByText('How often does the victim want to be updated?')).toBeInTheDocument();
    expect(screen.getByText('Suggested from the victim’s preferred way to be contacted')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('Another number of days'));
    fireEvent.change(screen.getByLabelText('Number of days between updates'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record victim update' }));

    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ outcome: 'TOLD', updateEveryDays: 10, updateMethod: 'EMAIL' }),
      [],
    );
  });

  it('will not record the update without the frequency', () => {
    const onSubmit = vi.fn();
    render(
      <TellVictimForm detail={detail('Task_TellVictimOfficer', 'TEXT')} errors={[]} busy={false} onSubmit={onSubmit} />,
    );
    tellOn('2');
    fireEvent.click(screen.getByRole('button', { name: 'Record victim update' }));

    expect(onSubmit).toHaveBeenCalledWith(expect.anything(), [
      { field: 'updateEveryDays', message: 'Choose how often the victim wants to be updated' },
      { field: 'updateMethod', message: 'Choose how the victim wants to be updated' },
    ]);
  });

  it('records a victim who wants no regular updates as an explicit answer, without a method', () => {
    const onSubmit = vi.fn();
    render(<TellVictimForm detail={detail('Task_TellVictimOfficer')} errors={[]} busy={false} onSubmit={onSubmit} />);
    tellOn('2');
    fireEvent.click(screen.getByLabelText(/The victim does not want regular updates/));

    expect(screen.queryByText('How does the victim want to be updated?')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Record victim update' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ outcome: 'TOLD', regularUpdatesDeclined: true }),
      [],
    );
    expect(onSubmit.mock.calls[0][0]).not.toHaveProperty('updateEveryDays');
  });

  it('does not ask again on a regular update', () => {
    render(<TellVictimForm detail={detail('Task_UpdateVictim')} errors={[]} busy={false} onSubmit={vi.fn()} />);
    fireEvent.click(screen.getByLabelText('Yes, the victim was told'));

    expect(screen.queryByText('How often does the victim want to be updated?')).not.toBeInTheDocument();
  });
});

describe('TellVictimForm: the needs assessment at the first contact', () => {
  it('records the needs assessment with the first contact when the officer made it then', () => {
    const onSubmit = vi.fn();
    render(
      <TellVictimForm
        detail={detail('Task_TellVictimOfficer', 'EMAIL')}
        errors={[]}
        busy={false}
        onSubmit={onSubmit}
      />,
    );
    tellOn('2');
    fireEvent.click(screen.getByLabelText('Fortnightly'));
    fireEvent.click(screen.getByLabelText('Yes, record the needs assessment'));
    fireEvent.change(screen.getByLabelText('Day', { selector: '#assessedOn-day' }), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('Month', { selector: '#assessedOn-month' }), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Year', { selector: '#assessedOn-year' }), { target: { value: '2025' } });
    fireEvent.change(screen.getByLabelText('Time of the assessment'), { target: { value: '10:15' } });
    fireEvent.click(within(screen.getByRole('group', { name: /entitled to Enhanced Rights/ })).getByLabelText('No'));
    fireEvent.change(screen.getByLabelText('Reason for the Enhanced Rights answer'), {
      target: { value: 'No vulnerability found' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record victim update' }));

    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        needsAssessment: expect.objectContaining({
          assessedAt: '2025-01-02T10:15',
          enhancedRights: false,
          enhancedRightsReason: 'No vulnerability found',
        }),
      }),
      [],
    );
  });

  it('sends no assessment when the officer did not make one then', () => {
    const onSubmit = vi.fn();
    render(<TellVictimForm detail={detail('Task_TellVictimOfficer')} errors={[]} busy={false} onSubmit={onSubmit} />);
    tellOn('2');
    fireEvent.click(screen.getByRole('button', { name: 'Record victim update' }));

    expect(onSubmit.mock.calls[0][0]).not.toHaveProperty('needsAssessment');
  });

  it('does not ask on later updates', () => {
    render(<TellVictimForm detail={detail('Task_UpdateVictim')} errors={[]} busy={false} onSubmit={vi.fn()} />);
    fireEvent.click(screen.getByLabelText('Yes, the victim was told'));

    expect(screen.queryByText('Did you assess the victim’s needs at this contact?')).not.toBeInTheDocument();
  });
});
