import type { TaskDetail } from '../../../api/tasks';

/** A fraud task as the task page hands it to its form; the victim's preferred channel when one is recorded. */
export const fraudTaskDetail = (taskType: string, preferredChannel: 'EMAIL' | 'TEXT' | null = null): TaskDetail => ({
  task: {
    id: 't1',
    name: 'Tell victim who is investigating',
    taskType,
    process: 'fraud-triage',
    caseReference: 'NFRC240101004',
    created: '2025-01-01T09:00:00Z',
    priority: 50,
    assignee: 'ecu.officer',
    assigneeName: 'DC Shah',
    teams: ['ecu-investigations'],
  },
  guidance: null,
  returnComment: null,
  approvalReason: null,
  communicationNeeds: {
    recordAt: '/cases/NFRC240101004',
    recorded: preferredChannel
      ? {
          interpreterNeeded: false,
          preferredChannel,
          recordedBy: 'ecu.officer',
          recordedAt: '2025-01-01T09:00:00Z',
          recordedOn: 'Fraud case NFRC240101004',
        }
      : null,
  },
});
