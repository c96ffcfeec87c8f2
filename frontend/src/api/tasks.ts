import { api } from '../lib/api-client';
import type { ContactNeeds } from './communication-needs';

export type SlaStatus = 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE';

export type VictimAgeBand = 'UNDER_18' | 'FROM_18_TO_39' | 'FROM_40_TO_69' | 'SEVENTY_AND_OVER';

export interface TaskSummary {
  id: string;
  name: string;
  taskType: string;
  process: string;
  caseReference: string;
  /** the victim's or participant's name; absent when the user may not see it */
  subject?: string | null;
  /** a policing area id, e.g. coventry */
  policingArea?: string | null;
  lossGbp?: number | null;
  /** an NFIB code, e.g. NFIB3A */
  fraudType?: string | null;
  victimAgeBand?: VictimAgeBand | null;
  created: string;
  due?: string | null;
  /** absent when the task has no due date */
  sla?: SlaStatus | null;
  /** the engine's priority: 80 high, 50 normal, 20 low */
  priority: number;
  assignee?: string | null;
  assigneeName?: string | null;
  teams: string[];
  /** the day someone working the task chose to come back to it (yyyy-mm-dd) */
  followUp?: string | null;
  /** the follow-up day has passed */
  followUpOverdue?: boolean;
  /** how many comments the task has */
  comments?: number;
  lastComment?: string | null;
}

/** One page of a list and how many tasks match in all. */
export interface TaskPage {
  tasks: TaskSummary[];
  total: number;
  page: number;
  size: number;
}

export interface TaskQueue {
  /** "mine" or a team id */
  id: string;
  name: string;
  count: number;
  /** a queue of a team the user supervises */
  supervised: boolean;
}

export interface TaskQueues {
  queues: TaskQueue[];
  /** moves whenever any task changes: a poller fetches the list again only when it has moved */
  changeMark: number;
}

export interface TaskType {
  process: string;
  processName: string;
  taskType: string;
  name: string;
}

export interface ReassignResult {
  reassigned: string[];
  refused: { taskId: string; reason: string; message: string }[];
}

/** `query` is the list's API query string, built by toApiQuery. */
export const listTasks = (query: URLSearchParams) => api.get<TaskPage>(`/api/tasks?${query}`);

export const getQueues = () => api.get<TaskQueues>('/api/tasks/queues');

export const listTaskTypes = () => api.get<TaskType[]>('/api/tasks/types');

/** Unclaimed tasks that hand a triaged case to an officer, across the teams the user supervises. */
export const listReadyToAllocate = (page: number, size = 25) =>
  api.get<TaskPage>(`/api/tasks/ready-to-allocate?page=${page}&size=${size}`);

export const claimTask = (taskId: string) => api.post<void>(`/api/tasks/${encodeURIComponent(taskId)}/claim`);

export const unclaimTask = (taskId: string) => api.post<void>(`/api/tasks/${encodeURIComponent(taskId)}/unclaim`);

/** A supervisor gives one task to a member of its team; a 400 names the `assignee` field. */
export const assignTask = (taskId: string, assignee: string) =>
  api.post<ReassignResult>(`/api/tasks/${encodeURIComponent(taskId)}/assign`, { assignee });

/** A supervisor gives several tasks to one team member; each task succeeds or is refused on its own. */
export const reassignTasks = (taskIds: string[], assignee: string) =>
  api.post<ReassignResult>('/api/tasks/reassign', { taskIds, assignee });

/** A task opened to work on. */
export interface TaskDetail {
  task: TaskSummary;
  /** what the process model says the task is for */
  guidance?: string | null;
  /** a comment left for the task, e.g. why a supervisor sent a filing back to triage */
  returnComment?: string | null;
  /** why an approval is needed, e.g. "Loss not recorded" (filing approval) */
  approvalReason?: string | null;
  /** the victim's communication needs; present only on tasks that contact the victim */
  communicationNeeds?: ContactNeeds | null;
  /** the case's facts the decision rests on, in words; personal ones only for roles that may see the subject */
  decisionFacts?: DecisionFacts | null;
}

/** One fact a decision rests on, e.g. "Loss" "£12,500". */
export interface DecisionFact {
  label: string;
  value: string;
  personal: boolean;
}

/** Titled groups of facts, e.g. "The crime", "The victim". */
export interface DecisionFacts {
  groups: { title: string; facts: DecisionFact[] }[];
}

export const getTask = (taskId: string) => api.get<TaskDetail>(`/api/tasks/${encodeURIComponent(taskId)}`);

/** An open task of a case after a completion; `yours` when the user who completed may work it now. */
export interface NextTask {
  id: string;
  name: string;
  taskType: string;
  yours: boolean;
  /** already assigned to this user, so there is nothing to claim */
  claimed: boolean;
}

/** What happens on the case after a completion: its open tasks, and in words who has it when none is yours. */
export interface NextStep {
  caseReference?: string | null;
  tasks: NextTask[];
  /** e.g. "Next: Accept allocation (Coventry investigation team)."; absent when a task is yours */
  whatHappensNext?: string | null;
}

/** Completes a claimed task with its form's answers and says what happens next; a 400 carries the fieldErrors. */
export const completeTask = (taskId: string, answers: unknown) =>
  api.post<NextStep | undefined>(`/api/tasks/${encodeURIComponent(taskId)}/complete?nextStep=true`, answers);

/** A user's half-filled answers to a task's form, kept on the server so they survive any browser. */
export interface TaskDraft {
  answers: unknown;
  savedAt: string;
}

const draftPath = (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}/draft`;

/** The user's own draft of the task; undefined when there is none. */
export const getTaskDraft = (taskId: string) => api.get<TaskDraft | undefined>(draftPath(taskId));

export const saveTaskDraft = (taskId: string, answers: unknown, keepalive = false) =>
  api.put<TaskDraft>(draftPath(taskId), answers, { keepalive });

export const discardTaskDraft = (taskId: string) => api.delete<void>(draftPath(taskId));

/** A comment left on a task, with its author's name. */
export interface TaskComment {
  id: string;
  text: string;
  author: string;
  left: string;
}

const taskPath = (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}`;

/** Sets the day to follow the task up (yyyy-mm-dd), or clears it with null. */
export const setFollowUp = (taskId: string, followUp: string | null) =>
  followUp
    ? api.put<void>(`${taskPath(taskId)}/follow-up`, { followUp })
    : api.delete<void>(`${taskPath(taskId)}/follow-up`);

export const listTaskComments = (taskId: string) => api.get<TaskComment[]>(`${taskPath(taskId)}/comments`);

export const addTaskComment = (taskId: string, comment: string) =>
  api.post<TaskComment>(`${taskPath(taskId)}/comments`, { comment });

/** A task list view the user saved under a name; `view` is the list's query string. */
export interface SavedTaskView {
  id: number;
  name: string;
  view: string;
}

const savedViewsPath = '/api/tasks/saved-views';

export const listSavedViews = () => api.get<SavedTaskView[]>(savedViewsPath);

export const saveView = (name: string, view: string) => api.post<SavedTaskView>(savedViewsPath, { name, view });

export const deleteSavedView = (id: number) => api.delete<void>(`${savedViewsPath}/${id}`);
