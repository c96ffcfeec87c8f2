import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TaskDetail } from '../../../api/tasks';
import { ReassessNeedsForm } from './reassess-needs-form';

const detail: TaskDetail = {
  task: {
    id: 't7',
    name: 'Re-assess victim’s needs',
    taskType: 'Task_ReassessNeeds',
    process: 'fraud-triage',
    caseReference: 'NFRC240101007',
    created: '2025-01-01T09:00:00Z',
    priority: 50,
    assignee: 'ecu.officer',
    assigneeName: 'PC Dan Reid',
    teams: ['ecu-investigations'],
  },
  guidance: null,
  returnComment: null,
  approvalReason: null,
};

describe('ReassessNeedsForm', () => {
  it('asks when, whether the victim is entitled to Enhanced Rights and why, and the support needs', () => {
    render(<ReassessNeedsForm detail={detail} errors={[]} busy={false} onSubmit={vi.fn()} />);

    expect(screen.getByRole('group', { name: /When did you assess the victim’s needs/ })).toBeTruthy();
    expect(screen.getByLabelText(/Time of the assessment/)).toBeTruthy();
    expect(screen.getByRole('group', { name: /entitled to Enhanced Rights/ })).toBeTruthy();
    expect(screen.getByLabelText(/Reason for the Enhanced Rights answer/)).toBeTruthy();
    expect(screen.getByLabelText(/Support needs found/)).toBeTruthy();
  });

  it('hands over the answers with the problems found, without asking the server', () => {
    const onSubmit = vi.fn();
    render(<ReassessNeedsForm detail={detail} errors={[]} busy={false} onSubmit={onSubmit} />);

    fireEvent.click(screen.getByRole('button', { name: 'Record re-assessment' }));

    const [, problems] = onSubmit.mock.calls[0] as [unknown, { field: string }[]];
    expect(problems.map((p) => p.field)).toEqual([
      'assessedOn',
      'assessedTime',
      'enhancedRights',
      'enhancedRightsReason',
    ]);
  });

  it('shows a server problem next to its field', () => {
    render(
      <ReassessNeedsForm
        detail={detail}
        errors={[{ field: 'assessedOn-day', message: 'The re-assessment cannot be before the victim’s needs changed' }]}
        busy={false}
        onSubmit={vi.fn()}
      />,
    );
    expect(screen.getByText(/cannot be before the victim’s needs changed/)).toBeTruthy();
  });
});
