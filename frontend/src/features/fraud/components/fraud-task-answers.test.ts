import { describe, expect, it } from 'vitest';
import {
  emptyTriage,
  lines,
  planAnswers,
  triageAnswers,
  approveReturnAnswers,
  returnMonthOf,
  acceptAllocationAnswers,
  validateAcceptAllocation,
  validateApproveReturn,
  validateApproveFiling,
  validateOutcome,
  validatePlan,
  validateRecategorise,
  validateReviewAmendment,
  validateReviewFiledCaseEvent,
  reviewFiledCaseEventAnswers,
  tellVictimAnswers,
  validateTellVictim,
  validateTriage,
} from './fraud-task-answers';

const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('lines', () => {
  it('keeps the non-blank lines, trimmed', () => {
    expect(lines(' Trace the mule account \n\n  CCTV at the bank\r\n ')).toEqual([
      'Trace the mule account',
      'CCTV at the bank',
    ]);
  });
});

describe('validateRecategorise', () => {
  it('asks for a fraud type, and a specific one rather than NFIB90', () => {
    expect(validateRecategorise({ nfibCode: '' })).toEqual([{ field: 'nfibCode', message: 'Choose the fraud type' }]);
    expect(fields(validateRecategorise({ nfibCode: 'NFIB90' }))).toEqual(['nfibCode']);
    expect(validateRecategorise({ nfibCode: 'NFIB1D' })).toEqual([]);
  });
});

describe('validateTriage', () => {
  it('asks for a priority and a decision when nothing is answered', () => {
    expect(fields(validateTriage(emptyTriage()))).toEqual(['priority', 'decision']);
  });

  it('asks for a line of enquiry but not an officer when allocating to the ECU', () => {
    const errors = validateTriage({ ...emptyTriage(), priority: 'HIGH', decision: 'ALLOCATE_ECU' });
    expect(fields(errors)).toEqual(['linesOfEnquiry']);
  });

  it('leaves the officer out for a supervisor to allocate when none is chosen', () => {
    const draft = { ...emptyTriage(), linesOfEnquiry: 'Trace the account', priority: 'HIGH', decision: 'ALLOCATE_ECU' };
    expect(validateTriage(draft)).toEqual([]);
    expect(triageAnswers(draft)).toMatchObject({ decision: 'ALLOCATE_ECU', officer: null });
  });

  it('asks for the policing area when allocating to an area', () => {
    const errors = validateTriage({
      ...emptyTriage(),
      linesOfEnquiry: 'CCTV',
      priority: 'LOW',
      decision: 'ALLOCATE_AREA',
    });
    expect(errors).toEqual([{ field: 'policingArea', message: 'Choose the policing area to allocate to' }]);
  });

  it('asks for the rationale when filing, and refuses to file a crime with lines of enquiry', () => {
    const errors = validateTriage({ ...emptyTriage(), linesOfEnquiry: 'CCTV', priority: 'LOW', decision: 'FILE' });
    expect(fields(errors)).toEqual(['linesOfEnquiry', 'filingRationale']);
  });

  it('accepts a complete allocation to an ECU officer', () => {
    const draft = {
      ...emptyTriage(),
      linesOfEnquiry: 'Trace the account',
      priority: 'HIGH',
      decision: 'ALLOCATE_ECU',
      officer: 'ecu.officer2',
    };
    expect(validateTriage(draft)).toEqual([]);
  });
});

describe('returning a crime to the NFIB', () => {
  const draft = { ...emptyTriage(), priority: 'LOW', decision: 'RETURN_TO_NFIB' };

  it('needs the reason code and an explanation', () => {
    expect(fields(validateTriage(draft))).toEqual(['nfibReturnReason', 'nfibReturnDetail']);
  });

  it('sends the reason code and the explanation', () => {
    expect(triageAnswers({ ...draft, nfibReturnReason: 'DUPLICATE', nfibReturnDetail: ' Same as NFRC-1 ' })).toEqual({
      linesOfEnquiry: [],
      priority: 'LOW',
      decision: 'RETURN_TO_NFIB',
      nfibReturnReason: 'DUPLICATE',
      nfibReturnDetail: 'Same as NFRC-1',
    });
  });
});

describe('triageAnswers', () => {
  it('sends only the answers the decision asks for', () => {
    const draft = {
      ...emptyTriage(),
      linesOfEnquiry: 'Trace the account\n',
      priority: 'HIGH',
      decision: 'ALLOCATE_ECU',
      officer: 'ecu.officer2',
      policingArea: 'birmingham-east',
      filingRationale: 'left over',
    };
    expect(triageAnswers(draft)).toEqual({
      linesOfEnquiry: ['Trace the account'],
      priority: 'HIGH',
      decision: 'ALLOCATE_ECU',
      officer: 'ecu.officer2',
    });
  });

  it('suggests outcome 18 when filing', () => {
    const answers = triageAnswers({
      ...emptyTriage(),
      priority: 'LOW',
      decision: 'FILE',
      filingRationale: ' No suspect ',
    });
    expect(answers).toMatchObject({ linesOfEnquiry: [], filingRationale: 'No suspect', filingOutcomeCode: '18' });
  });
});

describe('validateApproveFiling', () => {
  it('asks for a decision, and a comment only when sending back', () => {
    expect(fields(validateApproveFiling({ approved: '', comment: '' }))).toEqual(['approved']);
    expect(fields(validateApproveFiling({ approved: 'no', comment: ' ' }))).toEqual(['comment']);
    expect(validateApproveFiling({ approved: 'yes', comment: '' })).toEqual([]);
  });
});

describe('validateAcceptAllocation', () => {
  const draft = { decision: '' as const, refusalCategory: '', refusalReason: '' };

  it('needs a decision', () => {
    expect(fields(validateAcceptAllocation(draft))).toEqual(['decision']);
    expect(validateAcceptAllocation({ ...draft, decision: 'ACCEPT' })).toEqual([]);
  });

  it('needs a reason category and an explanation to refuse', () => {
    expect(fields(validateAcceptAllocation({ ...draft, decision: 'REFUSE', refusalReason: '  ' }))).toEqual([
      'refusalCategory',
      'refusalReason',
    ]);
  });

  it('sends the refusal and its reason, or just the acceptance', () => {
    expect(
      acceptAllocationAnswers({
        decision: 'REFUSE',
        refusalCategory: 'NOT_IN_AREA',
        refusalReason: ' Victim lives in Coventry ',
      }),
    ).toEqual({ decision: 'REFUSE', refusalCategory: 'NOT_IN_AREA', refusalReason: 'Victim lives in Coventry' });
    expect(acceptAllocationAnswers({ decision: 'ACCEPT', refusalCategory: 'OTHER', refusalReason: 'x' })).toEqual({
      decision: 'ACCEPT',
    });
  });
});

describe('validatePlan', () => {
  const due = { day: '1', month: '12', year: '2030' };

  it('names each missing answer of each action by its index', () => {
    const errors = validatePlan({
      additionalLinesOfEnquiry: '',
      actions: [
        { description: 'Interview the seller', owner: 'DC Shah', dueDate: due },
        { description: '', owner: '', dueDate: { day: '31', month: '2', year: '2030' } },
      ],
    });
    expect(fields(errors)).toEqual(['actions[1].description', 'actions[1].owner', 'actions[1].dueDate']);
    expect(errors[0].message).toBe('Describe action 2');
  });

  it('needs at least one action', () => {
    expect(fields(validatePlan({ additionalLinesOfEnquiry: '', actions: [] }))).toEqual(['actions']);
  });

  it('sends ISO due dates and leaves out empty further lines of enquiry', () => {
    expect(
      planAnswers({
        additionalLinesOfEnquiry: ' \n',
        actions: [{ description: ' Visit ', owner: 'DC Shah', dueDate: due }],
      }),
    ).toEqual({
      additionalLinesOfEnquiry: undefined,
      actions: [{ description: 'Visit', owner: 'DC Shah', dueDate: '2030-12-01' }],
    });
  });
});

describe('validateOutcome', () => {
  it('asks for the outcome and a date not in the future', () => {
    const errors = validateOutcome(
      { outcomeCode: '', outcomeDate: { day: '2', month: '1', year: '2031' } },
      '2030-01-01',
    );
    expect(errors).toEqual([
      { field: 'outcomeCode', message: 'Choose the outcome' },
      { field: 'outcomeDate', message: 'The date of the outcome cannot be in the future' },
    ]);
  });
});

describe('validateTellVictim', () => {
  const none = { day: '', month: '', year: '' };
  const told = {
    outcome: 'TOLD' as const,
    toldOn: { day: '1', month: '1', year: '2030' },
    method: 'PHONE',
    supportOffered: '' as const,
    attempts: [],
    optedOutOn: none,
    notes: '',
  };

  it('asks whether support was offered only when the crime is not investigated', () => {
    expect(fields(validateTellVictim(told, true, '2030-01-02'))).toEqual(['supportOffered']);
    expect(validateTellVictim(told, false, '2030-01-02')).toEqual([]);
  });

  it('asks for the date and the method', () => {
    const errors = validateTellVictim({ ...told, toldOn: none, method: '' }, false);
    expect(fields(errors)).toEqual(['toldOn', 'method']);
  });

  it('asks for each attempt when the victim could not be reached', () => {
    const notReached = { ...told, outcome: 'COULD_NOT_REACH' as const };
    expect(fields(validateTellVictim(notReached, false, '2030-01-02'))).toEqual(['attempts']);
    const attempts = [{ attemptedOn: { day: '1', month: '1', year: '2030' }, method: '' }];
    expect(fields(validateTellVictim({ ...notReached, attempts }, false, '2030-01-02'))).toEqual([
      'attempts[0].method',
    ]);
    expect(
      tellVictimAnswers({ ...notReached, attempts: [{ ...attempts[0], method: 'VISIT' }], notes: ' no answer ' }),
    ).toEqual({
      outcome: 'COULD_NOT_REACH',
      attempts: [{ attemptedOn: '2030-01-01', method: 'VISIT' }],
      notes: 'no answer',
    });
  });

  it('asks when the victim opted out', () => {
    const optedOut = { ...told, outcome: 'VICTIM_OPTED_OUT' as const };
    expect(fields(validateTellVictim(optedOut, true, '2030-01-02'))).toEqual(['optedOutOn']);
    expect(validateTellVictim(optedOut, true, '2030-01-02', true)).toEqual([]);
    expect(tellVictimAnswers({ ...optedOut, optedOutOn: { day: '2', month: '1', year: '2030' } })).toEqual({
      outcome: 'VICTIM_OPTED_OUT',
      optedOutOn: '2030-01-02',
      notes: undefined,
    });
  });
});

describe('validateApproveReturn', () => {
  it('asks whether the return is approved', () => {
    expect(validateApproveReturn({ approved: '', comment: '' })).toEqual([
      { field: 'approved', message: 'Choose whether to approve the return' },
    ]);
  });

  it('asks what needs correcting when the return is not approved', () => {
    expect(validateApproveReturn({ approved: 'no', comment: '  ' })).toEqual([
      { field: 'comment', message: 'Say what needs correcting before the return is rebuilt' },
    ]);
    expect(validateApproveReturn({ approved: 'no', comment: 'NFRC-1 is missing its outcome date' })).toEqual([]);
  });

  it('needs no comment to approve', () => {
    expect(validateApproveReturn({ approved: 'yes', comment: '' })).toEqual([]);
  });

  it('answers with a boolean, and the trimmed comment only when not approved', () => {
    expect(approveReturnAnswers({ approved: 'yes', comment: 'left over' })).toEqual({
      approved: true,
      comment: undefined,
    });
    expect(approveReturnAnswers({ approved: 'no', comment: ' Rebuild after NFRC-1 is finalised ' })).toEqual({
      approved: false,
      comment: 'Rebuild after NFRC-1 is finalised',
    });
  });
});

describe('returnMonthOf', () => {
  it('reads the month from a return process case reference', () => {
    expect(returnMonthOf('outcome-return-2026-10')).toBe('2026-10');
    expect(returnMonthOf('outcome-return-2026-13')).toBeNull();
    expect(returnMonthOf('NFRC-123')).toBeNull();
    expect(returnMonthOf(undefined)).toBeNull();
  });
});

describe('validateReviewAmendment', () => {
  it('asks the officer to confirm the review', () => {
    expect(fields(validateReviewAmendment({ reviewed: false }))).toEqual(['reviewed']);
    expect(validateReviewAmendment({ reviewed: true })).toEqual([]);
  });
});

describe('Task_ReviewFiledCaseEvent', () => {
  it('asks for the decision and a reason, whichever way it goes', () => {
    expect(fields(validateReviewFiledCaseEvent({ decision: '', reason: ' ' }))).toEqual(['decision', 'reason']);
    expect(validateReviewFiledCaseEvent({ decision: 'KEEP_FILED', reason: 'No new line of enquiry' })).toEqual([]);
  });

  it('sends the reason trimmed', () => {
    expect(reviewFiledCaseEventAnswers({ decision: 'REOPEN', reason: '  Suspect arrested  ' })).toEqual({
      decision: 'REOPEN',
      reason: 'Suspect arrested',
    });
  });
});
