import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authOptions } from "./options";
import { can, type Permission, type Role } from "./permissions";

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

/**
 * The employee behind a session or token, read fresh from the database on
 * every request so that a changed role or a deactivation takes effect at once.
 */
export async function activeUserById(employeeId: string): Promise<CurrentUser | null> {
  return currentUserOf(await db.employee.findUnique({ where: { id: employeeId }, select: CURRENT_USER_SELECT }));
}

/** The signed-in employee (session cookie), once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  return session?.employeeId ? activeUserById(session.employeeId) : null;
});

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** For pages and actions: the signed-in user if their role grants `permission`, else 403. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}
