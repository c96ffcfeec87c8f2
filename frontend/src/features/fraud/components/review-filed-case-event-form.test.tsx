import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaskDetail } from '../../../api/tasks';
import { getFraudCase, type FraudCase } from '../api/fraud-cases';
import { ReviewFiledCaseEventForm } from './review-filed-case-event-form';

vi.mock('../api/fraud-cases', async (original) => ({
  ...(await original<typeof import('../api/fraud-cases')>()),
  getFraudCase: vi.fn(),
}));

const detail: TaskDetail = {
  task: {
    id: 't9',
    name: 'Review event on a closed case',
    taskType: 'Task_ReviewFiledCaseEvent',
    process: 'filed-case-event',
    caseReference: 'NFRC240101009',
    created: '2025-01-01T09:00:00Z',
    priority: 50,
    assignee: null,
    assigneeName: null,
    teams: ['ecu-supervisors'],
  },
  guidance: null,
  returnComment: null,
  approvalReason: null,
};

const closedCase = (amendments: FraudCase['amendments']): FraudCase =>
  ({
    crime: { crimeReference: 'NFRC240101009', status: 'FINALISED' },
    linesOfEnquiry: [],
    enhancedRights: null,
    history: [{ at: '2025-01-01T08:00:00Z', who: 'PC Dan Reid', what: 'Event logged: Arrest on 2024-12-30' }],
    currentTasks: [],
    amendments,
  }) as unknown as FraudCase;

describe('ReviewFiledCaseEventForm', () => {
  beforeEach(() => vi.mocked(getFraudCase).mockReset());

  it('shows the supervisor what NFIB changed, old and new values, for an amendment to review', async () => {
    vi.mocked(getFraudCase).mockResolvedValue(
      closedCase([
        {
          id: 4,
          crimeReference: 'NFRC240101009',
          changes: [{ field: 'lossGbp', label: 'loss', was: '£300', now: '£4,200' }],
          summary: 'loss £300 → £4,200',
          receivedBy: 'ecu.officer',
          receivedAt: '2025-01-01T09:00:00Z',
          importLine: 2,
        },
      ]),
    );

    render(<ReviewFiledCaseEventForm detail={detail} errors={[]} busy={false} onSubmit={vi.fn()} />);

    const changes = await screen.findByTestId('amendment-changes');
    const row = within(changes).getByRole('row', { name: /Loss/ });
    expect(within(row).getByText('£300')).toBeInTheDocument();
    expect(within(row).getByText('£4,200')).toBeInTheDocument();
    expect(screen.queryByTestId('event-to-review')).not.toBeInTheDocument();
  });

  it('shows the logged event when there is no amendment to review', async () => {
    vi.mocked(getFraudCase).mockResolvedValue(closedCase([]));

    render(<ReviewFiledCaseEventForm detail={detail} errors={[]} busy={false} onSubmit={vi.fn()} />);

    expect(await screen.findByTestId('event-to-review')).toHaveTextContent('Event logged: Arrest on 2024-12-30');
    expect(screen.queryByTestId('amendment-changes')).not.toBeInTheDocument();
  });
});
