/** Free of lib/db and "server-only": pages, actions and the delivery worker (the week-ahead digest) all write notifications through here. */
import type { Prisma } from "@/lib/generated/prisma/client";
import { deliverEmailJob } from "@/lib/jobs/definitions/notifications/deliver-email";
import { enqueue } from "@/lib/jobs/enqueue";
import { notificationPayloads, type NotificationInput, type NotificationKind } from "@/lib/notifications/kinds";
import { defaultNotificationSettings, wantsEmail } from "@/lib/notifications/settings";
import { inBatches } from "./insert-batches";
import { readNotificationSettings } from "./notification-settings";

/**
 * Tells people about a change, inside the change's own transaction: writes
 * each notification (in-app) and its email delivery, and enqueues one job
 * per delivery through the same transaction (no email for a kind its person
 * turned off). So a rolled-back change tells
 * nobody, and a committed one is delivered even if this process dies right
 * after. A notification whose dedupeKey exists already is skipped (the
 * database's unique key decides, so two writers racing add one).
 * Returns how many notifications were new.
 */
export async function notify(tx: Prisma.TransactionClient, messages: readonly NotificationInput[]): Promise<number> {
  if (messages.length === 0) return 0;
  const rows = messages.map((message) => ({
    employeeId: message.employeeId,
    kind: message.kind,
    // Plain JSON by construction (the schemas hold strings, numbers, booleans, arrays and objects).
    payload: notificationPayloads[message.kind].parse(message.payload) as Prisma.InputJsonValue,
    dedupeKey: message.dedupeKey,
  }));
  // In batches: a whole office's digest in one statement would pass PostgreSQL's bind-parameter limit.
  const created = await inBatches(rows, (data) => tx.notification.createManyAndReturn({ data, skipDuplicates: true, select: { id: true, employeeId: true, kind: true } }));
  if (created.length === 0) return 0;
  // In-app is always written; the email only for a kind its person did not turn off.
  const settings = await readNotificationSettings(tx, [...new Set(created.map((notification) => notification.employeeId))]);
  const emailed = created.filter((notification) => wantsEmail(settings.get(notification.employeeId) ?? defaultNotificationSettings, notification.kind as NotificationKind));
  const deliveries = await inBatches(
    emailed.map((notification) => ({ notificationId: notification.id, channel: "EMAIL" as const })),
    (data) => tx.notificationDelivery.createManyAndReturn({ data, select: { id: true } }),
  );
  await enqueue(tx, deliverEmailJob, deliveries.map((delivery) => ({ deliveryId: delivery.id })));
  return created.length;
}

