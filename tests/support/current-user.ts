import { CURRENT_USER_SELECT, currentUserOf, type CurrentUser } from "@/lib/auth/current-user";
import type { DbClient } from "@/lib/server/prisma-client";

/** The signed-in person as the app sees them, by email: for tests that call data functions directly. */
export async function currentUserByEmail(db: DbClient, email: string): Promise<CurrentUser> {
  const user = currentUserOf(await db.employee.findUniqueOrThrow({ where: { email }, select: CURRENT_USER_SELECT }));
  if (!user) throw new Error(`${email} is not an active employee`);
  return user;
}
