import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { DeliveryChannel, DeliveryStatus } from "@/lib/generated/prisma/client";
import { deliverEmailJob } from "@/lib/jobs/definitions/notifications/deliver-email";
import { enqueue } from "@/lib/jobs/enqueue";
import { recordAudit } from "./audit";

export interface DeliveryCount {
  kind: string;
  channel: DeliveryChannel;
  status: DeliveryStatus;
  count: number;
}

/** How many deliveries are in each state, per event kind and channel: totals only, nobody's name. */
export async function deliveryCounts(): Promise<DeliveryCount[]> {
  return db.$queryRaw<DeliveryCount[]>`
    SELECT n.kind, d.channel, d.status, count(*)::int AS count
    FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
    GROUP BY n.kind, d.channel, d.status
    ORDER BY n.kind, d.channel`;
}

/** The latest errors: what failed and when, never to whom or what the message said. */
export async function recentDeliveryErrors(limit = 20) {
  const rows = await db.notificationDelivery.findMany({
    where: { lastError: { not: null }, status: { in: ["RETRYING", "FAILED"] } },
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { id: true, channel: true, status: true, attempts: true, lastError: true, updatedAt: true, notification: { select: { kind: true } } },
  });
  return rows.map(({ notification, ...row }) => ({ ...row, kind: notification.kind }));
}

/** At most this many failed deliveries go back to the queue per press. */
export const RETRY_BATCH = 1000;

/** Puts failed email deliveries back in the queue (a fresh series of tries), in one transaction with their jobs; audited. */
export async function retryFailedDeliveries(user: Pick<CurrentUser, "id">): Promise<number> {
  return db.$transaction(async (tx) => {
    const failed = await tx.notificationDelivery.findMany({ where: { status: "FAILED", channel: "EMAIL" }, select: { id: true }, take: RETRY_BATCH, orderBy: { updatedAt: "asc" } });
    if (failed.length === 0) return 0;
    const ids = failed.map((delivery) => delivery.id);
    await tx.notificationDelivery.updateMany({ where: { id: { in: ids }, status: "FAILED" }, data: { status: "QUEUED" } });
    await enqueue(tx, deliverEmailJob, ids.map((deliveryId) => ({ deliveryId })));
    await recordAudit(tx, { actorId: user.id, action: "deliveries.retry", entityType: "delivery", after: { retried: ids.length } });
    return ids.length;
  });
}
