import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TaskDetail } from '../../../api/tasks';
import { ApproveFilingForm } from './approve-filing-form';

const detail = (approvalReason: string | null): TaskDetail => ({
  task: {
    id: 't2',
    name: 'Approve filing',
    taskType: 'Task_ApproveFiling',
    process: 'fraud-triage',
    caseReference: 'NFRC240101004',
    created: '2025-01-01T09:00:00Z',
    priority: 50,
    assignee: null,
    assigneeName: null,
    teams: ['ecu-supervisors'],
  },
  guidance: null,
  returnComment: null,
  approvalReason,
});

describe('ApproveFilingForm', () => {
  it('tells the supervisor why filing needs their approval', () => {
    render(<ApproveFilingForm detail={detail('Loss not recorded')} errors={[]} busy={false} onSubmit={vi.fn()} />);

    expect(screen.getByText('Approval is needed because: Loss not recorded')).toBeInTheDocument();
  });

  it('says nothing of a reason the decision did not give', () => {
    render(<ApproveFilingForm detail={detail(null)} errors={[]} busy={false} onSubmit={vi.fn()} />);

    expect(screen.queryByText(/Approval is needed because/)).not.toBeInTheDocument();
  });
});
