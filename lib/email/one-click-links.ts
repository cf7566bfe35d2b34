import { startOfDayIn, type IsoDate } from "@/lib/date-only";
import type { TypedNotification } from "@/lib/notifications/kinds";
import { signOneClick } from "@/lib/notifications/one-click";
import { scheduledKinds } from "@/lib/notifications/settings";

/** The digest's and the reminder's links: "I'll stay home" per day, and the unsubscribe link (a page for people, a POST endpoint for mail clients). */
export interface OneClickLinks {
  stayHome: ReadonlyMap<IsoDate, string>;
  unsubscribePage: string;
  /** RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" here. */
  unsubscribePost: string;
}

export interface LinkOwner {
  notificationId: string;
  employeeId: string;
  officeTimezone: string;
}

/** Signed links for a digest or a reminder; null for every other kind. Each stay-home link expires when its day starts in the office. */
export function oneClickLinks(notification: TypedNotification, owner: LinkOwner, appUrl: string, secret: string | undefined): OneClickLinks | null {
  if (notification.kind !== "week-ahead" && notification.kind !== "day-reminder") return null;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set, so the one-click links of the digest and the reminder cannot be signed");
  const days = notification.kind === "week-ahead" ? notification.payload.days : [notification.payload.day];
  const url = (path: string) => new URL(path, appUrl).toString();
  const stayHome = new Map(
    days.map((day) => {
      const token = signOneClick(secret, { a: "stay-home", e: owner.employeeId, d: day.date, n: owner.notificationId, x: startOfDayIn(day.date, owner.officeTimezone).getTime() });
      return [day.date, url(`/answers/${token}`)] as const;
    }),
  );
  const unsubscribe = signOneClick(secret, { a: "unsubscribe", e: owner.employeeId, s: scheduledKinds[notification.kind] });
  return { stayHome, unsubscribePage: url(`/unsubscribe/${unsubscribe}`), unsubscribePost: url(`/api/v1/unsubscribe/${unsubscribe}`) };
}

/** RFC 2369 and RFC 8058 headers: mail clients show an "Unsubscribe" button that POSTs to the link without opening it. */
export function unsubscribeHeaders(links: OneClickLinks | null): Record<string, string> | undefined {
  if (!links) return undefined;
  return { "List-Unsubscribe": `<${links.unsubscribePost}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
