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

/** Whether a notification of this kind goes to the person by email too. */
export function wantsEmail(settings: NotificationSettings, kind: NotificationKind): boolean {
  return !settings.emailOff.includes(kind);
}
