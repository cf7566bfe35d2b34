import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { DeliveryStatus } from "@/lib/generated/prisma/client";
import { postWeekJob } from "@/lib/jobs/definitions/channels/post-week";
import { deliverEmailJob } from "@/lib/jobs/definitions/notifications/deliver-email";
import { enqueue } from "@/lib/jobs/enqueue";
import { recordAudit } from "./audit";

/** Email for notifications; Slack and Teams for the offices' week-ahead posts. */
export type DeliveryChannelName = "EMAIL" | "SLACK" | "TEAMS";

/** The "kind" the offices' channel posts are counted under. */
export const WEEK_POST_KIND = "week-post";

export interface DeliveryCount {
  kind: string;
  channel: DeliveryChannelName;
  status: DeliveryStatus;
  count: number;
}

/** How many deliveries are in each state, per event kind and channel: totals only, nobody's name. */
export async function deliveryCounts(): Promise<DeliveryCount[]> {
  return db.$queryRaw<DeliveryCount[]>`
    SELECT n.kind, d.channel::text AS channel, d.status, count(*)::int AS count
    FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
    GROUP BY n.kind, d.channel, d.status
    UNION ALL
    SELECT ${WEEK_POST_KIND}, p.target::text, p.status, count(*)::int
    FROM channel_post p
    GROUP BY p.target, p.status
    ORDER BY 1, 2`;
}

/** The latest errors: what failed and when, never to whom or what the message said. */
export async function recentDeliveryErrors(limit = 20) {
  const rows = await db.notificationDelivery.findMany({
    where: { lastError: { not: null }, status: { in: ["RETRYING", "FAILED"] } },
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { id: true, channel: true, status: true, attempts: true, lastError: true, updatedAt: true, notification: { select: { kind: true } } },
  });
  const posts = await db.channelPost.findMany({
    where: { lastError: { not: null }, status: { in: ["RETRYING", "FAILED"] } },
    orderBy: { updatedAt: "desc" },
    take: limit,
    select: { id: true, target: true, status: true, attempts: true, lastError: true, updatedAt: true },
  });
  return [
    ...rows.map(({ notification, ...row }) => ({ ...row, channel: row.channel as DeliveryChannelName, kind: notification.kind })),
    ...posts.map(({ target, ...row }) => ({ ...row, channel: target as DeliveryChannelName, kind: WEEK_POST_KIND })),
  ]
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .slice(0, limit);
}

/** At most this many failed deliveries go back to the queue per press. */
export const RETRY_BATCH = 1000;

/** Puts failed email deliveries and channel posts back in the queue (a fresh series of tries), in one transaction with their jobs; audited. */
export async function retryFailedDeliveries(user: Pick<CurrentUser, "id">): Promise<number> {
  return db.$transaction(async (tx) => {
    const failed = await tx.notificationDelivery.findMany({ where: { status: "FAILED", channel: "EMAIL" }, select: { id: true }, take: RETRY_BATCH, orderBy: { updatedAt: "asc" } });
    // The offices' failed channel posts go back too.
    const failedPosts = await tx.channelPost.findMany({ where: { status: "FAILED" }, select: { id: true }, take: RETRY_BATCH, orderBy: { updatedAt: "asc" } });
    const ids = failed.map((delivery) => delivery.id);
    const postIds = failedPosts.map((post) => post.id);
    if (ids.length + postIds.length === 0) return 0;
    await tx.notificationDelivery.updateMany({ where: { id: { in: ids }, status: "FAILED" }, data: { status: "QUEUED" } });
    await enqueue(tx, deliverEmailJob, ids.map((deliveryId) => ({ deliveryId })));
    await tx.channelPost.updateMany({ where: { id: { in: postIds }, status: "FAILED" }, data: { status: "QUEUED" } });
    await enqueue(tx, postWeekJob, postIds.map((postId) => ({ postId })));
    await recordAudit(tx, { actorId: user.id, action: "deliveries.retry", entityType: "delivery", after: { retried: ids.length + postIds.length } });
    return ids.length + postIds.length;
  });
}
