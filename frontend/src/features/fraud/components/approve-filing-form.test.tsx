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
  it('asks for the decision, pointing at the facts above rather than the case page', () => {
    render(<ApproveFilingForm detail={detail('Loss not recorded')} errors={[]} busy={false} onSubmit={vi.fn()} />);

    expect(screen.getByText('Do you approve filing this crime?')).toBeInTheDocument();
    expect(screen.getByText('Check the facts for this decision above first')).toBeInTheDocument();
  });

  it('leaves why approval is needed to the facts for this decision, not repeated in the form', () => {
    render(<ApproveFilingForm detail={detail('Loss not recorded')} errors={[]} busy={false} onSubmit={vi.fn()} />);

    expect(screen.queryByText(/Loss not recorded/)).not.toBeInTheDocument();
  });
});
