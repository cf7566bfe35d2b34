import "server-only";
import type { Locale } from "@/lib/i18n/config";
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

/** The language the person chose in the app: their emails are written in it. */
export async function setOwnLocale(user: Pick<CurrentUser, "id">, locale: Locale): Promise<void> {
  await db.employee.update({ where: { id: user.id }, data: { locale } });
}
