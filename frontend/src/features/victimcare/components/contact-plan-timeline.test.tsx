import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactPlanTimeline, timelineEntries } from './contact-plan-timeline';
import { plannedReferral } from './victim-care.fixtures';

describe('timelineEntries', () => {
  it('puts contacts and plan changes in date order, a change before the contacts of its day', () => {
    const plan = plannedReferral().contactPlan!;
    const order = timelineEntries({
      ...plan,
      changes: [
        ...plan.changes,
        { version: 3, reason: 'Later', changedBy: 'Jo Bennett', changedAt: '2026-11-21T08:00:00Z' },
      ],
    }).map((e) => (e.kind === 'contact' ? e.contact.id : `change ${e.change.version}`));
    expect(order).toEqual(['c1', 'change 2', 'c2', 'change 3', 'c3', 'c4']);
  });
});

describe('ContactPlanTimeline', () => {
  it('lists planned and logged contacts with their status, what was done, and plan changes with the reason', () => {
    render(<ContactPlanTimeline plan={plannedReferral().contactPlan!} />);

    const timeline = screen.getByTestId('contact-plan-timeline');
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(5);
    const logged = screen.getByTestId('planned-contact-c1');
    expect(within(logged).getByTestId('contact-status')).toHaveTextContent('Logged');
    expect(logged).toHaveTextContent('Spoke to the victim');
    expect(logged).toHaveTextContent('Internet safety, Banking Protocol');
    expect(logged).toHaveTextContent('Call blocker');
    expect(within(screen.getByTestId('planned-contact-c2')).getByTestId('contact-status')).toHaveTextContent(
      'Replaced',
    );
    expect(within(screen.getByTestId('planned-contact-c3')).getByTestId('contact-status')).toHaveTextContent('Overdue');
    expect(within(screen.getByTestId('planned-contact-c3')).getByTestId('contact-status')).toHaveClass(
      'govuk-tag--red',
    );
    expect(within(screen.getByTestId('planned-contact-c4')).getByTestId('contact-status')).toHaveTextContent('Planned');
    expect(screen.getByTestId('plan-change-2')).toHaveTextContent('Reason: She asked for calls, not visits');
  });
});
