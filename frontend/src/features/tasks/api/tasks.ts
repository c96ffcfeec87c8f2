import { api } from '../../../lib/api-client';

export interface TaskSummary {
  id: string;
  name: string;
  taskType: string;
  process: string;
  caseReference: string;
  created: string;
  due?: string;
  priority: number;
  assignee?: string;
  assigneeName?: string;
  teams: string[];
}

/** queue is "mine" or a team id */
export const listTasks = (queue: string) => api.get<TaskSummary[]>(`/api/tasks?queue=${encodeURIComponent(queue)}`);

export const claimTask = (taskId: string) => api.post<void>(`/api/tasks/${encodeURIComponent(taskId)}/claim`);

export const unclaimTask = (taskId: string) => api.post<void>(`/api/tasks/${encodeURIComponent(taskId)}/unclaim`);

/** A task opened to work on. */
export interface TaskDetail {
  task: TaskSummary;
  /** what the process model says the task is for */
  guidance?: string | null;
  /** a comment left for the task, e.g. why a supervisor sent a filing back to triage */
  returnComment?: string | null;
}

export const getTask = (taskId: string) => api.get<TaskDetail>(`/api/tasks/${encodeURIComponent(taskId)}`);

/** Completes a claimed task with its form's answers; a 400 carries the fieldErrors. */
export const completeTask = (taskId: string, answers: unknown) =>
  api.post<void>(`/api/tasks/${encodeURIComponent(taskId)}/complete`, answers);
