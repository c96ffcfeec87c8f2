import { describe, expect, it } from 'vitest';
import { queueTabs } from './queue-navigation';

const teams = [
  { teamId: 'ecu-triage', teamName: 'ECU triage team', supervisor: true },
  { teamId: 'ecu-investigations', teamName: 'ECU investigations', supervisor: false },
];

describe('queueTabs', () => {
  it('shows my tasks and the session’s teams, without counts, until the queues have come', () => {
    expect(queueTabs(teams, null)).toEqual([
      { id: 'mine', name: 'My tasks', supervised: false },
      { id: 'ecu-triage', name: 'ECU triage team', supervised: true },
      { id: 'ecu-investigations', name: 'ECU investigations', supervised: false },
    ]);
  });

  it('keeps the session’s order when the counts come, so the tabs never jump', () => {
    const tabs = queueTabs(teams, {
      changeMark: 1,
      queues: [
        { id: 'mine', name: 'My tasks', count: 2, supervised: false },
        { id: 'ecu-investigations', name: 'ECU investigations', count: 5, supervised: false },
        { id: 'ecu-triage', name: 'ECU triage team', count: 12, supervised: true },
      ],
    });
    expect(tabs.map((t) => [t.id, t.count])).toEqual([
      ['mine', 2],
      ['ecu-triage', 12],
      ['ecu-investigations', 5],
    ]);
  });
});
