import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "./permissions";

export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  officeId: string;
  /** The office's IANA time zone: "today" for this person is the office's today. */
  officeTimezone: string;
  teamId: string | null;
}

/** What activeUserById and the token lookup read of an employee: one query, the office's time zone joined in. */
export const CURRENT_USER_SELECT = {
  id: true,
  givenName: true,
  familyName: true,
  email: true,
  role: true,
  officeId: true,
  teamId: true,
  active: true,
  office: { select: { timezone: true } },
} as const;

type CurrentUserRow = Prisma.EmployeeGetPayload<{ select: typeof CURRENT_USER_SELECT }>;

/**
 * CURRENT_USER_SELECT plus the session cookie's session if it is still open:
 * the same one query (a lateral join on auth_session's primary key).
 */
export function sessionUserSelect(sessionId: string) {
  return { ...CURRENT_USER_SELECT, authSessions: { where: { id: sessionId, endedAt: null }, select: { id: true } } } as const;
}

type SessionUserRow = CurrentUserRow & { authSessions: { id: string }[] };

/** The person behind a session cookie, or null when they were deactivated or the session was ended. */
export function sessionUserOf(employee: SessionUserRow | null): CurrentUser | null {
  return employee && employee.authSessions.length > 0 ? currentUserOf(employee) : null;
}

/** The signed-in person from their row, or null when they were deactivated. */
export function currentUserOf(employee: CurrentUserRow | null): CurrentUser | null {
  if (!employee?.active) return null;
  return {
    id: employee.id,
    name: `${employee.givenName} ${employee.familyName}`,
    email: employee.email,
    role: employee.role,
    officeId: employee.officeId,
    officeTimezone: employee.office.timezone,
    teamId: employee.teamId,
  };
}
