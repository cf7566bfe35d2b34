import type { Role } from "@/lib/auth/permissions";
import { notificationKinds, type NotificationKind } from "./kinds";

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

/** Kinds switched one by one in `emailOff`: every kind but the scheduled ones, which have settings of their own. */
export const switchedKinds = notificationKinds.filter((kind) => !(kind in scheduledKinds)) as [NotificationKind, ...NotificationKind[]];

/** Whether a notification of this kind goes to the person by email too. */
export function wantsEmail(settings: NotificationSettings, kind: NotificationKind): boolean {
  const setting = (scheduledKinds as Partial<Record<NotificationKind, ScheduledSetting>>)[kind];
  if (setting) return settings[setting];
  return !settings.emailOff.includes(kind);
}

/**
 * The kinds a person with this role can receive, so the profile page offers
 * only switches that matter to them: everyone hears about their own days;
 * leaders about their proposals; HR about proposals waiting for review.
 */
export function kindsReceivedBy(role: Role): NotificationKind[] {
  const own: NotificationKind[] = ["day-lost", "seat-gained", "seat-lost", "days-changed"];
  if (role === "LEADER") return [...own, "proposal-published", "proposal-rejected"];
  if (role === "HR") return [...own, "proposal-waiting"];
  return own;
}
