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
