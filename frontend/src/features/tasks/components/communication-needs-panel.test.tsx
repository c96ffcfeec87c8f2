import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { CommunicationNeeds } from '../../../api/communication-needs';
import { describeNeeds } from '../../../lib/communication-needs';
import { CommunicationNeedsPanel } from './communication-needs-panel';

const polish: CommunicationNeeds = {
  interpreterNeeded: true,
  interpreterLanguage: 'Polish',
  preferredChannel: 'PHONE',
  timesToAvoid: 'after 6pm',
  otherNeeds: null,
  recordedBy: 'victim.care',
  recordedAt: '2026-01-05T10:00:00Z',
  recordedOn: 'Victim care',
};

describe('CommunicationNeedsPanel', () => {
  it('shows the needs in one line and where they were recorded', () => {
    render(
      <MemoryRouter>
        <CommunicationNeedsPanel needs={{ recorded: polish, recordAt: '/victim-care/victims/v1' }} />
      </MemoryRouter>,
    );

    expect(screen.getByText('Interpreter: Polish. Prefers: phone. Avoid: after 6pm.')).toBeInTheDocument();
    expect(screen.getByText('Recorded by Victim care.')).toBeInTheDocument();
    expect(screen.queryByText(/None recorded/)).not.toBeInTheDocument();
  });

  it('says none are recorded, with a link to where they are recorded', () => {
    render(
      <MemoryRouter>
        <CommunicationNeedsPanel needs={{ recorded: null, recordAt: '/cases/NFRC1' }} />
      </MemoryRouter>,
    );

    expect(screen.getByText(/None recorded/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Record the victim's communication needs" })).toHaveAttribute(
      'href',
      '/cases/NFRC1',
    );
  });

  it('names other needs and says so when nothing special is needed', () => {
    expect(
      describeNeeds({
        ...polish,
        interpreterNeeded: false,
        preferredChannel: null,
        timesToAvoid: null,
        otherNeeds: 'BSL',
      }),
    ).toBe('Other needs: BSL.');
    expect(
      describeNeeds({
        ...polish,
        interpreterNeeded: false,
        preferredChannel: null,
        timesToAvoid: null,
        otherNeeds: null,
      }),
    ).toBe('No interpreter or other needs');
  });
});
