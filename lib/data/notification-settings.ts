import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notificationKinds, type NotificationKind } from "@/lib/notifications/kinds";
import { defaultNotificationSettings, type NotificationSettings } from "@/lib/notifications/settings";
import type { NotificationSettingsInput } from "@/lib/validation/notification-settings";
import type { Tx } from "./transaction";

/** Each person's email settings (the defaults for anyone who never chose). */
export async function readNotificationSettings(tx: Pick<Tx, "notificationSettings">, employeeIds: readonly string[]): Promise<Map<string, NotificationSettings>> {
  const rows = await tx.notificationSettings.findMany({ where: { employeeId: { in: [...employeeIds] } } });
  const byPerson = new Map(rows.map((row) => [row.employeeId, row]));
  return new Map(
    employeeIds.map((id) => {
      const row = byPerson.get(id);
      if (!row) return [id, defaultNotificationSettings];
      // A kind removed from the code since the row was written is simply ignored.
      const emailOff = row.emailOff.filter((kind): kind is NotificationKind => (notificationKinds as string[]).includes(kind));
      return [id, { emailOff, digest: row.digest, reminder: row.reminder }];
    }),
  );
}

/** The signed-in person's own settings. */
export async function getOwnNotificationSettings(user: Pick<CurrentUser, "id">): Promise<NotificationSettings> {
  const settings = await readNotificationSettings(db, [user.id]);
  return settings.get(user.id) ?? defaultNotificationSettings;
}

/** Replaces the person's own settings (nobody else's: the id is the session's). Not audited: it is their own business. */
export async function saveOwnNotificationSettings(user: Pick<CurrentUser, "id">, input: NotificationSettingsInput): Promise<NotificationSettings> {
  const data = { emailOff: [...input.emailOff], digest: input.digest, reminder: input.reminder };
  await db.notificationSettings.upsert({ where: { employeeId: user.id }, create: { employeeId: user.id, ...data }, update: data });
  return { ...data };
}
