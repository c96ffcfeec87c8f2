import { vi } from 'vitest';

/** The recovery API calls the page tests stand in for; the rest of the API module stays real. */
export const recoveryApiStubs = () => ({
  referParticipant: vi.fn(),
  listParticipants: vi.fn(),
  getParticipant: vi.fn(),
  recordPathwayStage: vi.fn(),
  recordExit: vi.fn(),
  recordDeath: vi.fn(),
  leaveBeforeEnrolment: vi.fn(),
  listLocalAuthorities: vi.fn(),
  changeProgrammeArea: vi.fn(),
  getAreaHistory: vi.fn(),
  listCustodyPeriods: vi.fn(),
});

/** The signed-in user of the page tests: an O2R officer unless a test signs in `as` another role. */
const session = { roles: [{ id: 'O2R_OFFICER', label: 'O2R officer' }] };

export const as = (role: string) => {
  session.roles = [{ id: role, label: role }];
};

export const useSession = () => ({
  user: { username: 'o2r.officer', displayName: "PC Sam O'Neill", roles: session.roles, teams: [] },
});
