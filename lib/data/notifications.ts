import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { parseNotification, type TypedNotification } from "@/lib/notifications/kinds";
import type { MarkNotificationsRead } from "@/lib/validation/notifications";
import { olderThan, pageOf } from "./keyset";

// Written where it happens, also by the delivery worker (which runs outside Next.js): see notify.ts.
export { notify } from "./notify";

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
