// Checking a bulk reassignment before sending it, and putting its result into words.

import type { ErrorItem } from '../../../components/error-summary';
import type { FieldError } from '../../../lib/api-client';
import type { ReassignResult, TaskSummary } from '../../../api/tasks';
import { countOf } from '../../../lib/task-labels';

/** Ids of the controls the problems link to. */
export const SELECT_ALL_ID = 'select-all-tasks';
export const REASSIGN_TO_ID = 'reassign-to';

/** The API's field names → the controls on the page. */
export const reassignFieldIds: Record<string, string> = { taskIds: SELECT_ALL_ID, assignee: REASSIGN_TO_ID };

export function reassignProblems(selected: readonly string[], assignee: string): FieldError[] {
  const problems: FieldError[] = [];
  if (selected.length === 0) problems.push({ field: 'taskIds', message: 'Select at least one task to reassign' });
  if (!assignee) problems.push({ field: 'assignee', message: 'Choose who to give the tasks to' });
  return problems;
}

export interface ReassignOutcome {
  /** for the success banner; null when nothing was reassigned */
  notice: string | null;
  /** one line per task refused, naming it where the page knows it */
  refused: ErrorItem[];
}

export function reassignOutcome(result: ReassignResult, assigneeName: string, tasks: TaskSummary[]): ReassignOutcome {
  const named = (taskId: string) => {
    const task = tasks.find((t) => t.id === taskId);
    return task ? `${task.name} for ${task.caseReference}` : 'A task';
  };
  return {
    notice: result.reassigned.length > 0 ? `${countOf(result.reassigned.length)} reassigned to ${assigneeName}` : null,
    refused: result.refused.map((r) => ({ message: `${named(r.taskId)} was not reassigned: ${r.message}` })),
  };
}
