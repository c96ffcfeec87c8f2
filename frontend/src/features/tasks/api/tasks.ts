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
