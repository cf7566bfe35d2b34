import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { deliverEmailJob } from "@/lib/jobs/definitions/notifications/deliver-email";
import { enqueue } from "@/lib/jobs/enqueue";
import { notificationPayloads, parseNotification, type NotificationInput, type NotificationKind, type TypedNotification } from "@/lib/notifications/kinds";
import { defaultNotificationSettings, wantsEmail } from "@/lib/notifications/settings";
import type { MarkNotificationsRead } from "@/lib/validation/notifications";
import { olderThan, pageOf } from "./keyset";
import { readNotificationSettings } from "./notification-settings";
import type { Tx } from "./transaction";

/**
 * Tells people about a change, inside the change's own transaction: writes
 * each notification (in-app) and its email delivery, and enqueues one job
 * per delivery through the same transaction (no email for a kind its person
 * turned off). So a rolled-back change tells nobody, and a committed one is
 * delivered even if this process dies right after. A notification whose dedupeKey exists already is skipped (the
 * database's unique key decides, so two writers racing add one).
 * Returns how many notifications were new.
 */
export async function notify(tx: Tx, messages: readonly NotificationInput[]): Promise<number> {
  if (messages.length === 0) return 0;
  const created = await tx.notification.createManyAndReturn({
    data: messages.map((message) => ({
      employeeId: message.employeeId,
      kind: message.kind,
      payload: notificationPayloads[message.kind].parse(message.payload),
      dedupeKey: message.dedupeKey,
    })),
    skipDuplicates: true,
    select: { id: true, employeeId: true, kind: true },
  });
  if (created.length === 0) return 0;
  // In-app is always written; the email only for a kind its person did not turn off.
  const settings = await readNotificationSettings(tx, [...new Set(created.map((notification) => notification.employeeId))]);
  const emailed = created.filter((notification) => wantsEmail(settings.get(notification.employeeId) ?? defaultNotificationSettings, notification.kind as NotificationKind));
  const deliveries = await tx.notificationDelivery.createManyAndReturn({
    data: emailed.map((notification) => ({ notificationId: notification.id, channel: "EMAIL" as const })),
    select: { id: true },
  });
  await enqueue(tx, deliverEmailJob, deliveries.map((delivery) => ({ deliveryId: delivery.id })));
  return created.length;
}

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type OwnNotification = TypedNotification & { id: string; createdAt: Date; readAt: Date | null };

/** The person's own notifications, newest first, a page at a time (keyset on createdAt, id). */
export async function listOwnNotifications(user: Pick<CurrentUser, "id">, cursor?: string): Promise<{ items: OwnNotification[]; nextCursor: string | null }> {
  const rows = await db.notification.findMany({
    where: { employeeId: user.id, ...olderThan(cursor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_PAGE_SIZE + 1,
    select: { id: true, kind: true, payload: true, createdAt: true, readAt: true },
  });
  const { page, nextCursor } = pageOf(rows, NOTIFICATIONS_PAGE_SIZE);
  return { items: page.map((row) => ({ id: row.id, createdAt: row.createdAt, readAt: row.readAt, ...parseNotification(row.kind, row.payload) })), nextCursor };
}

/** How many of the person's notifications are unread (the bell's count). */
export async function countUnreadNotifications(user: Pick<CurrentUser, "id">): Promise<number> {
  return db.notification.count({ where: { employeeId: user.id, readAt: null } });
}

/** Marks the person's own notifications read (ids of anyone else's are ignored); returns how many changed. */
export async function markOwnNotificationsRead(user: Pick<CurrentUser, "id">, which: MarkNotificationsRead, now: Date): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { employeeId: user.id, readAt: null, ...("ids" in which && { id: { in: which.ids } }) },
    data: { readAt: now },
  });
  return count;
}

/** The person's newest unread notification, for the header's live announcement. */
export async function newestUnreadNotification(user: Pick<CurrentUser, "id">): Promise<(TypedNotification & { id: string }) | null> {
  const row = await db.notification.findFirst({
    where: { employeeId: user.id, readAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, payload: true },
  });
  return row ? { id: row.id, ...parseNotification(row.kind, row.payload) } : null;
}
