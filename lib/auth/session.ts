import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { NextRequest } from "next/server";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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

/**
 * The employee id in the request's session cookie, or null when it is missing,
 * forged or expired. Only the cookie is decoded (next-auth's own getToken):
 * getServerSession gives the same answer but first runs next-auth's whole
 * handler, with a CSRF token and a re-encrypted cookie that neither a server
 * component nor our use of it in routes ever sets. That measured 2-3 ms of
 * the 15-20 ms of server time a signed-in page costs. Only the cookie is
 * read: a bearer header is not a session.
 */
async function sessionEmployeeId(): Promise<string | null> {
  const cookie = (await headers()).get("cookie");
  if (!cookie) return null;
  const token = await getToken({ req: new NextRequest("http://session.invalid/", { headers: { cookie } }) });
  return typeof token?.employeeId === "string" ? token.employeeId : null;
}

/** The signed-in employee (session cookie), once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const employeeId = await sessionEmployeeId();
  return employeeId ? activeUserById(employeeId) : null;
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
