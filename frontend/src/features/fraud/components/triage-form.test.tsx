import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TaskDetail } from '../../../api/tasks';
import { TriageForm } from './triage-form';

vi.mock('../../../api/reference', () => ({
  listEcuInvestigators: () =>
    Promise.resolve([
      { username: 'ecu.officer', displayName: 'DC Priya Shah' },
      { username: 'ecu.officer2', displayName: 'DC Tom Hughes' },
    ]),
  listPolicingAreas: () =>
    Promise.resolve([{ id: 'birmingham-east', name: 'Birmingham East', teamId: 'lpa-birmingham-east' }]),
  listFilingOutcomeCodes: () =>
    Promise.resolve([
      { code: '18', name: 'Investigation complete – no suspect identified', homeOfficeCode: '18', local: false },
    ]),
}));

const detail = (returnComment: string | null = null): TaskDetail => ({
  task: {
    id: 't1',
    name: 'Triage dissemination',
    taskType: 'Task_Triage',
    process: 'fraud-triage',
    caseReference: 'NFRC240101001',
    created: '2025-01-01T09:00:00Z',
    priority: 50,
    assignee: 'ecu.officer',
    assigneeName: 'DC Priya Shah',
    teams: ['ecu-triage'],
  },
  guidance: 'Record reasonable lines of enquiry',
  returnComment,
});

describe('TriageForm', () => {
  it('offers an optional officer only when allocating to an ECU officer', async () => {
    const user = userEvent.setup();
    render(<TriageForm detail={detail()} errors={[]} busy={false} onSubmit={vi.fn()} />);

    expect(screen.queryByLabelText('Officer (optional)')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Allocate to an ECU officer'));
    expect(await screen.findByRole('option', { name: 'DC Tom Hughes' })).toBeInTheDocument();
    expect(screen.getByLabelText('Officer (optional)')).toBeInTheDocument();

    await user.click(screen.getByLabelText('File with no further action'));
    expect(screen.queryByLabelText('Officer (optional)')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Rationale for filing')).toBeInTheDocument();
    expect(screen.getByLabelText('Outcome code')).toHaveValue('18');
  });

  it('hands over the answers with the problems found before asking the server', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<TriageForm detail={detail()} errors={[]} busy={false} onSubmit={onSubmit} />);

    await user.click(screen.getByLabelText('Low'));
    await user.click(screen.getByLabelText('File with no further action'));
    await user.click(screen.getByRole('button', { name: 'Save triage decision' }));

    expect(onSubmit).toHaveBeenCalledWith(
      { linesOfEnquiry: [], priority: 'LOW', decision: 'FILE', filingRationale: null, filingOutcomeCode: '18' },
      [{ field: 'filingRationale', message: 'Give the rationale for filing' }],
    );
  });

  it('allocates to the chosen officer with the lines of enquiry', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<TriageForm detail={detail()} errors={[]} busy={false} onSubmit={onSubmit} />);

    await user.type(screen.getByLabelText('Reasonable lines of enquiry'), 'Trace the mule account');
    await user.click(screen.getByLabelText('High'));
    await user.click(screen.getByLabelText('Allocate to an ECU officer'));
    await screen.findByRole('option', { name: 'DC Tom Hughes' });
    await user.selectOptions(screen.getByLabelText('Officer (optional)'), 'DC Tom Hughes');
    await user.click(screen.getByRole('button', { name: 'Save triage decision' }));

    expect(onSubmit).toHaveBeenCalledWith(
      {
        linesOfEnquiry: ['Trace the mule account'],
        priority: 'HIGH',
        decision: 'ALLOCATE_ECU',
        officer: 'ecu.officer2',
      },
      [],
    );
  });

  it('shows inline errors described by their fields, and a supervisor’s reason for sending it back', () => {
    render(
      <TriageForm
        detail={detail('There is a UK account to trace')}
        errors={[{ field: 'linesOfEnquiry', message: 'Allocation needs at least one reasonable line of enquiry' }]}
        busy={false}
        onSubmit={vi.fn()}
      />,
    );

    expect(screen.getByText(/Sent back by a supervisor: There is a UK account to trace/)).toBeInTheDocument();
    expect(screen.getByLabelText('Reasonable lines of enquiry')).toHaveAccessibleDescription(
      expect.stringContaining('Error: Allocation needs at least one reasonable line of enquiry'),
    );
  });
});
