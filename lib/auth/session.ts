import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { NextRequest } from "next/server";
import { cache } from "react";
import { db } from "@/lib/db";
import { CURRENT_USER_SELECT, currentUserOf, sessionUserOf, sessionUserSelect, type CurrentUser } from "./current-user";
import { can, type Permission } from "./permissions";

// The signed-in person's shape and how a row becomes one live in ./current-user, free of Next.js, so scripts and tests can use them.
export type { CurrentUser } from "./current-user";

/**
 * The employee behind a session or token, read fresh from the database on
 * every request so that a changed role or a deactivation takes effect at once.
 */
export async function activeUserById(employeeId: string): Promise<CurrentUser | null> {
  return currentUserOf(await db.employee.findUnique({ where: { id: employeeId }, select: CURRENT_USER_SELECT }));
}

/**
 * The employee behind a session cookie, read with the session (one query):
 * null once the session was ended, whatever the cookie says.
 */
export async function activeUserBySession(employeeId: string, sessionId: string): Promise<CurrentUser | null> {
  return sessionUserOf(await db.employee.findUnique({ where: { id: employeeId }, select: sessionUserSelect(sessionId) }));
}

/**
 * The employee and session ids in the request's session cookie, or null when
 * it is missing, forged or expired (or from before sessions were recorded). Only the cookie is decoded (next-auth's own getToken):
 * getServerSession gives the same answer but first runs next-auth's whole
 * handler, with a CSRF token and a re-encrypted cookie that neither a server
 * component nor our use of it in routes ever sets. That measured 2-3 ms of
 * the 15-20 ms of server time a signed-in page costs. Only the cookie is
 * read: a bearer header is not a session.
 */
async function sessionIds(): Promise<{ employeeId: string; sessionId: string } | null> {
  const cookie = (await headers()).get("cookie");
  if (!cookie) return null;
  const token = await getToken({ req: new NextRequest("http://session.invalid/", { headers: { cookie } }) });
  const { employeeId, sessionId } = token ?? {};
  return typeof employeeId === "string" && typeof sessionId === "string" ? { employeeId, sessionId } : null;
}

/** The signed-in employee (session cookie), once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const ids = await sessionIds();
  return ids ? activeUserBySession(ids.employeeId, ids.sessionId) : null;
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
