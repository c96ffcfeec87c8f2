import type { ComponentType } from 'react';
import type { FieldError } from './api-client';
import type { TaskDetail } from '../api/tasks';

export interface TaskFormProps {
  detail: TaskDetail;
  /** problems keyed by element id, shown next to their fields */
  errors: FieldError[];
  busy: boolean;
  /**
   * Hands the answers over: with client-side problems (by answer name) the page shows them instead
   * of asking the server.
   */
  onSubmit: (answers: unknown, problems: FieldError[]) => void;
  /** the form's state kept as a draft earlier (any browser), to start from instead of an empty form */
  restored?: unknown;
  /** the form's state after each change by the user, so the page can keep it as a draft */
  onDraftChange?: (draft: unknown) => void;
}

/** The form that completes one kind of task, and where each answer's field is on the page. */
export interface TaskFormDefinition {
  component: ComponentType<TaskFormProps>;
  /** the element id an answer's errors link to; answer name when not given */
  fieldId?: (field: string) => string;
}

/** BPMN user task id (e.g. Task_Triage) → its form. */
export type TaskFormRegistry = Record<string, TaskFormDefinition>;

export const errorFor = (errors: FieldError[], id: string) => errors.find((e) => e.field === id)?.message;
