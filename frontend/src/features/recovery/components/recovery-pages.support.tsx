// What the recovery page tests share: the pages at their addresses, date entry, the error summary's links.
import { render, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { vi } from 'vitest';
import { listCustodyPeriods, listLocalAuthorities } from '../api/recovery';
import { EvaluationPage } from './evaluation-page';
import { ParticipantPage } from './participant-page';
import { ParticipantsPage } from './participants-page';
import { ProgrammeAreasPage } from './programme-areas-page';
import { as } from './recovery-pages.mocks';
import { ReferralFormPage } from './referral-form-page';

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname + location.search}</p>;
}

export function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/recovery/referrals/new" element={<ReferralFormPage />} />
        <Route path="/recovery/participants" element={<ParticipantsPage />} />
        <Route path="/recovery/participants/:reference" element={<ParticipantPage />} />
        <Route path="/recovery/evaluation" element={<EvaluationPage />} />
        <Route path="/admin/programme-areas" element={<ProgrammeAreasPage />} />
      </Routes>
      <Where />
    </MemoryRouter>,
  );
}

export async function typeDate(user: UserEvent, group: string, day: string, month: string, year: string) {
  const fieldset = screen.getByRole('group', { name: group });
  await user.type(within(fieldset).getByLabelText('Day'), day);
  await user.type(within(fieldset).getByLabelText('Month'), month);
  await user.type(within(fieldset).getByLabelText('Year'), year);
}

export const summaryLinks = () =>
  within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

export const AREAS = [
  {
    id: 'birmingham',
    name: 'Birmingham',
    status: 'PILOT' as const,
    pilotFrom: '2021-01-01',
    liveFrom: null,
    liveToday: false,
    takingReferralsToday: true,
    o2rTeam: 'o2r-birmingham',
    drugServiceTeam: 'cgl-birmingham',
    source: '2024 board paper (seed 000), paragraph 35',
  },
  {
    id: 'coventry',
    name: 'Coventry',
    status: 'NOT_STARTED' as const,
    pilotFrom: null,
    liveFrom: null,
    liveToday: false,
    takingReferralsToday: false,
    o2rTeam: 'o2r-coventry',
    drugServiceTeam: 'cgl-coventry',
    source: null,
  },
];

/** Before each page test: fresh stand-ins, an O2R officer signed in, two areas and no custody periods. */
export function resetRecoveryPages() {
  vi.resetAllMocks();
  as('O2R_OFFICER');
  vi.mocked(listLocalAuthorities).mockResolvedValue(AREAS);
  vi.mocked(listCustodyPeriods).mockResolvedValue([]);
}
