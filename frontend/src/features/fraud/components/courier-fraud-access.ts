import type { SessionUser } from '../../../api/session';

/** The roles the API lets mark courier fraud; a local investigator sees the case and the mark, not the control. */
const MARKING_ROLES = ['ECU_OFFICER', 'ECU_SUPERVISOR'];

export const canMarkCourierFraud = (user: SessionUser | null | undefined) =>
  !!user && user.roles.some((role) => MARKING_ROLES.includes(role.id));
