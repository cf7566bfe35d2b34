import type { NotificationKind } from "./kinds";

/**
 * What a person wants by email. In-app notifications are always on; email is
 * on for every kind unless turned off, the week-ahead digest is on and the
 * evening-before reminder off until the person chooses otherwise.
 */
export interface NotificationSettings {
  emailOff: readonly NotificationKind[];
  digest: boolean;
  reminder: boolean;
}

export const defaultNotificationSettings: NotificationSettings = { emailOff: [], digest: true, reminder: false };

/** Kinds sent on a schedule, each switched by a setting of its own (and by its unsubscribe link), not by `emailOff`. */
export const scheduledKinds = { "week-ahead": "digest", "day-reminder": "reminder" } as const satisfies Partial<Record<NotificationKind, "digest" | "reminder">>;

export type ScheduledSetting = (typeof scheduledKinds)[keyof typeof scheduledKinds];

/** Whether a notification of this kind goes to the person by email too. */
export function wantsEmail(settings: NotificationSettings, kind: NotificationKind): boolean {
  const setting = (scheduledKinds as Partial<Record<NotificationKind, ScheduledSetting>>)[kind];
  if (setting) return settings[setting];
  return !settings.emailOff.includes(kind);
}
