import "server-only";
import { db } from "@/lib/db";
import type { ReadClient } from "./transaction";

/** How long a session cookie is valid after sign-in (next-auth's maxAge; there is no sliding renewal). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/**
 * Opens a session for someone who just signed in and returns its id, which
 * the session cookie carries. Their sessions whose cookies have expired are
 * deleted on the way: the table holds at most a day's sign-ins per person.
 */
export async function startSession(employeeId: string, now: Date): Promise<string> {
  // Two independent statements: pruning needs no transaction with the insert.
  await db.authSession.deleteMany({ where: { employeeId, expiresAt: { lt: now } } });
  const session = await db.authSession.create({ data: { employeeId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) }, select: { id: true } });
  return session.id;
}

/** Signing out: this session's cookie, and every copy of it, stops working. */
export async function endSession(employeeId: string, sessionId: string, now: Date): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, employeeId, endedAt: null }, data: { endedAt: now } });
}

/**
 * Ends every open session of these people (sign out everywhere, deactivation,
 * a role change), in the caller's transaction so it commits with the change.
 * Ended sessions stay ended: reactivating someone does not revive a cookie.
 */
export async function endSessionsOf(client: ReadClient, employeeIds: readonly string[], now: Date): Promise<number> {
  if (employeeIds.length === 0) return 0;
  const { count } = await client.authSession.updateMany({ where: { employeeId: { in: [...employeeIds] }, endedAt: null }, data: { endedAt: now } });
  return count;
}

/** "Sign out everywhere" on the profile page: every session of the caller, this one included. */
export async function endOwnSessions(user: { id: string }, now: Date): Promise<number> {
  return endSessionsOf(db, [user.id], now);
}
