/**
 * The delivery worker's data access. Not "server-only" and free of lib/db:
 * the worker runs outside Next.js (in the app's server process or as
 * `npm run worker`) with a Prisma client of its own, passed in.
 */
import type { DbClient } from "@/lib/server/prisma-client";
import { locales, type Locale } from "@/lib/i18n/config";
import { parseNotification, type TypedNotification } from "@/lib/notifications/kinds";

/**
 * Takes a delivery for one try: QUEUED or RETRYING (or SENDING whose claim
 * is older than `leaseMs`, its worker having died) becomes SENDING with one
 * more attempt, in one conditional update. Null when the update changed no
 * row: the delivery was sent, failed for good, or another worker holds it.
 * This claim, not the queue, is what keeps a job run twice from sending twice.
 */
export async function claimDelivery(db: DbClient, deliveryId: string, now: Date, leaseMs: number): Promise<{ attempt: number } | null> {
  const [claimed] = await db.notificationDelivery.updateManyAndReturn({
    where: {
      id: deliveryId,
      OR: [{ status: { in: ["QUEUED", "RETRYING"] } }, { status: "SENDING", claimedAt: { lt: new Date(now.getTime() - leaseMs) } }],
    },
    data: { status: "SENDING", claimedAt: now, attempts: { increment: 1 } },
    select: { attempts: true },
  });
  return claimed ? { attempt: claimed.attempts } : null;
}

export interface EmailToSend {
  notificationId: string;
  notification: TypedNotification;
  employeeId: string;
  to: string;
  givenName: string;
  locale: Locale;
  officeName: string;
  officeTimezone: string;
}

/** The language of a person's emails: the one they chose in the app, else their office's if the app speaks it, else English. */
export function emailLocale(chosen: string | null, officeLocale: string): Locale {
  const known = (value: string | null): value is Locale => (locales as readonly string[]).includes(value ?? "");
  if (known(chosen)) return chosen;
  return known(officeLocale) ? officeLocale : "en";
}

/** What an email delivery needs to be written: the notification and its recipient. */
export async function emailToSend(db: DbClient, deliveryId: string): Promise<EmailToSend> {
  const delivery = await db.notificationDelivery.findUniqueOrThrow({
    where: { id: deliveryId },
    select: {
      notification: {
        select: {
          id: true,
          kind: true,
          payload: true,
          employee: { select: { id: true, email: true, givenName: true, locale: true, office: { select: { name: true, locale: true, timezone: true } } } },
        },
      },
    },
  });
  const { notification } = delivery;
  const { employee } = notification;
  return {
    notificationId: notification.id,
    notification: parseNotification(notification.kind, notification.payload),
    employeeId: employee.id,
    to: employee.email,
    givenName: employee.givenName,
    locale: emailLocale(employee.locale, employee.office.locale),
    officeName: employee.office.name,
    officeTimezone: employee.office.timezone,
  };
}

/** The try `attempt` succeeded (only if that try still holds the claim). */
export async function markDeliverySent(db: DbClient, deliveryId: string, attempt: number, now: Date): Promise<void> {
  await db.notificationDelivery.updateMany({
    where: { id: deliveryId, status: "SENDING", attempts: attempt },
    data: { status: "SENT", sentAt: now, lastError: null },
  });
}

/** The try `attempt` failed: RETRYING while the queue will try again, FAILED after the last try. Only the error's message is kept, never the email. */
export async function markDeliveryTryFailed(db: DbClient, deliveryId: string, attempt: number, error: unknown, final: boolean): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await db.notificationDelivery.updateMany({
    where: { id: deliveryId, status: "SENDING", attempts: attempt },
    data: { status: final ? "FAILED" : "RETRYING", lastError: message.slice(0, 500) },
  });
}
