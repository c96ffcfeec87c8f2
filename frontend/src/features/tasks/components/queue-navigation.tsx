import { Link } from 'react-router-dom';
import type { TeamMembership } from '../../../api/session';
import type { TaskQueues } from '../../../api/tasks';
import { MY_TASKS } from './task-list-view';

export const READY_TO_ALLOCATE = 'ready-to-allocate';

export interface QueueTab {
  id: string;
  name: string;
  count?: number;
  supervised: boolean;
}

/**
 * The user's queues in the session's order, so the page is whole from its first paint, with the
 * API's counts once they have come (and any queue only the API knows at the end).
 */
export function queueTabs(teams: TeamMembership[], queues: TaskQueues | null): QueueTab[] {
  const fromSession: QueueTab[] = [
    { id: MY_TASKS, name: 'My tasks', supervised: false },
    ...teams.map((t) => ({ id: t.teamId, name: t.teamName, supervised: t.supervisor })),
  ];
  if (!queues) return fromSession;
  const counted = new Map(queues.queues.map((q) => [q.id, q]));
  return [
    ...fromSession.map((tab) => counted.get(tab.id) ?? tab),
    ...queues.queues.filter((q) => !fromSession.some((tab) => tab.id === q.id)),
  ];
}

/** MOJ sub-navigation of the queues, and the ready to allocate view for supervisors. */
export function QueueNavigation({
  tabs,
  current,
  supervisor,
}: {
  tabs: QueueTab[];
  current: string;
  supervisor: boolean;
}) {
  const items = [
    ...tabs.map((tab) => ({
      id: tab.id,
      to: `/tasks?queue=${encodeURIComponent(tab.id)}`,
      text: tab.count === undefined ? tab.name : `${tab.name} (${tab.count.toLocaleString('en-GB')})`,
    })),
    ...(supervisor ? [{ id: READY_TO_ALLOCATE, to: '/tasks/ready-to-allocate', text: 'Ready to allocate' }] : []),
  ];
  return (
    <nav className="moj-sub-navigation" aria-label="Task queues">
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li className="moj-sub-navigation__item" key={item.id}>
            <Link
              className="moj-sub-navigation__link"
              aria-current={item.id === current ? 'page' : undefined}
              to={item.to}
            >
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
