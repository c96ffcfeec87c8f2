// The fraud task forms keep their answers as a draft: a restored draft is shown as it was left, and every change
// the user makes is handed to the task page to keep, so nothing typed is lost to the Back button or a timeout.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AcceptAllocationForm } from './accept-allocation-form';
import { fraudTaskDetail } from './fraud-task.fixtures';
import { InvestigationPlanForm } from './investigation-plan-form';
import { ReassessNeedsForm } from './reassess-needs-form';
import { TellVictimForm } from './tell-victim-form';

const props = (taskType: string, restored?: unknown) => ({
  detail: fraudTaskDetail(taskType),
  errors: [],
  busy: false,
  onSubmit: vi.fn(),
  onDraftChange: vi.fn(),
  restored,
});

describe('fraud task drafts', () => {
  it('restores a refusal of an allocation with its reason, and keeps each change', () => {
    const p = props('Task_AcceptAllocation', {
      decision: 'REFUSE',
      refusalCategory: '',
      refusalReason: 'Suspect lives in another force area',
    });
    render(<AcceptAllocationForm {...p} />);

    expect(screen.getByLabelText('No, send it back to ECU triage')).toBeChecked();
    expect(screen.getByLabelText('Explain the refusal for the ECU triage team')).toHaveValue(
      'Suspect lives in another force area',
    );
    expect(p.onDraftChange).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Explain the refusal for the ECU triage team'), {
      target: { value: 'Suspect lives in Wales' },
    });
    expect(p.onDraftChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ decision: 'REFUSE', refusalReason: 'Suspect lives in Wales' }),
    );
  });

  it('restores every action of an investigation plan, each in its own row', () => {
    const action = (description: string) => ({
      description,
      owner: 'DC Shah',
      dueDate: { day: '1', month: '2', year: '2030' },
    });
    const p = props('Task_InvestigationPlan', {
      additionalLinesOfEnquiry: 'CCTV at the bank branch',
      actions: [action('Production order for the payee account'), action('Trace the courier')],
    });
    render(<InvestigationPlanForm {...p} />);

    expect(screen.getAllByLabelText('What is to be done').map((f) => (f as HTMLInputElement).value)).toEqual([
      'Production order for the payee account',
      'Trace the courier',
    ]);
    fireEvent.change(screen.getByLabelText('Further lines of enquiry (optional)'), {
      target: { value: 'CCTV at the branch and the ATM' },
    });
    expect(p.onDraftChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ additionalLinesOfEnquiry: 'CCTV at the branch and the ATM' }),
    );
  });

  it('keeps a victim update with its needs assessment as one draft, and restores both', () => {
    const first = props('Task_TellVictimOfficer');
    const { unmount } = render(<TellVictimForm {...first} />);
    fireEvent.click(screen.getByLabelText('Yes, the victim was told'));
    const kept = first.onDraftChange.mock.lastCall?.[0] as { told: { outcome: string } };
    expect(kept.told.outcome).toBe('TOLD');
    unmount();

    render(<TellVictimForm {...props('Task_TellVictimOfficer', kept)} />);
    expect(screen.getByLabelText('Yes, the victim was told')).toBeChecked();
  });

  it('restores a re-assessment of needs with its reason', () => {
    const p = props('Task_ReassessNeeds', {
      assessedOn: { day: '', month: '', year: '' },
      assessedTime: '',
      enhancedRights: 'no',
      enhancedRightsCategory: '',
      enhancedRightsReason: 'No vulnerability found',
      supportNeeds: '',
    });
    render(<ReassessNeedsForm {...p} />);

    expect(screen.getByLabelText('Reason for the Enhanced Rights answer')).toHaveValue('No vulnerability found');
    fireEvent.change(screen.getByLabelText('Support needs found (optional)'), { target: { value: 'Large print' } });
    expect(p.onDraftChange).toHaveBeenLastCalledWith(expect.objectContaining({ supportNeeds: 'Large print' }));
  });
});
