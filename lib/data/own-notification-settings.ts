import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { defaultNotificationSettings, type NotificationSettings } from "@/lib/notifications/settings";
import type { NotificationSettingsInput } from "@/lib/validation/notification-settings";
import { readNotificationSettings } from "./notification-settings";

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
