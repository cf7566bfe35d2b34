import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/session";

/** The signed-in employee's own office and team. */
export async function getOwnProfile(user: CurrentUser) {
  return db.employee.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      startDate: true,
      office: { select: { id: true, name: true, timezone: true } },
      team: { select: { id: true, name: true } },
    },
  });
}
