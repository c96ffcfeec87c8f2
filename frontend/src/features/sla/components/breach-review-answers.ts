import type { FieldError } from '../../../lib/api-client';

export type BreachCause = 'WORKLOAD' | 'VICTIM_UNREACHABLE' | 'SYSTEM' | 'OTHER';

export const CAUSES: { value: BreachCause; label: string }[] = [
  { value: 'WORKLOAD', label: 'Workload' },
  { value: 'VICTIM_UNREACHABLE', label: 'Victim unreachable' },
  { value: 'SYSTEM', label: 'System problem' },
  { value: 'OTHER', label: 'Other' },
];

export interface BreachReviewDraft {
  cause: '' | BreachCause;
  justified: '' | 'yes' | 'no';
  actionTaken: string;
  /** username of the team member to give the late work to; empty to leave it where it is */
  reassignTo: string;
}

export const emptyBreachReview = (): BreachReviewDraft => ({
  cause: '',
  justified: '',
  actionTaken: '',
  reassignTo: '',
});

export const ACTION_MAX = 4000;

export function validateBreachReview({ cause, justified, actionTaken }: BreachReviewDraft): FieldError[] {
  const problems: FieldError[] = [];
  if (!cause) problems.push({ field: 'cause', message: 'Choose the cause of the breach' });
  if (!justified) problems.push({ field: 'justified', message: 'Choose whether the breach was justified' });
  if (!actionTaken.trim()) problems.push({ field: 'actionTaken', message: 'Enter the action taken' });
  else if (actionTaken.length > ACTION_MAX) {
    problems.push({ field: 'actionTaken', message: 'Action taken must be 4,000 characters or fewer' });
  }
  return problems;
}

export const breachReviewAnswers = ({ cause, justified, actionTaken, reassignTo }: BreachReviewDraft) => ({
  cause: cause || undefined,
  justified: justified === '' ? undefined : justified === 'yes',
  actionTaken: actionTaken.trim(),
  reassignTo: reassignTo || undefined,
});
