import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./transaction";
import { startOfDayIn } from "@/lib/date-only";
import { plusDays } from "@/lib/date-only";
import { decodeCursor, encodeCursor, type AuditAction, type AuditKind, type AuditQuery } from "@/lib/validation/audit";

export interface AuditEntry {
  /** Who made the change; null for changes made from the command line. */
  actorId: string | null;
  /** What was done, as "<entity>.<verb>", e.g. "office.update", "plan.publish". */
  action: AuditAction;
  entityType: AuditKind;
  entityId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

/**
 * Records a change by HR, an admin or a leader, in the same transaction as
 * the change itself. Never call it for an employee's own stay-home days,
 * extra days or waitlist places: those are private.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

export const AUDIT_PAGE_SIZE = 50;

/**
 * A page of the audit log, newest first, filtered by kind, person and days.
 * The days are the reader's office's (`timeZone`), as the page shows the
 * times: "from 30 November" in Oslo starts at 23:00 UTC the day before.
 * Keyset pagination on (createdAt, id) with the matching indexes: any page
 * of 100,000 entries costs the same few milliseconds as the first (no
 * OFFSET, no total count; npm run bench measures it).
 */
export async function listAuditEntries(query: AuditQuery, timeZone: string) {
  const filters: Prisma.AuditLogWhereInput[] = [];
  if (query.kind) filters.push({ entityType: query.kind });
  if (query.actor) filters.push({ actorId: query.actor });
  if (query.from) filters.push({ createdAt: { gte: startOfDayIn(query.from, timeZone) } });
  if (query.to) filters.push({ createdAt: { lt: startOfDayIn(plusDays(query.to, 1), timeZone) } });
  const newer = !query.before && query.after ? decodeCursor(query.after) : null;
  const older = query.before ? decodeCursor(query.before) : null;
  if (older) filters.push({ OR: [{ createdAt: { lt: older.createdAt } }, { createdAt: older.createdAt, id: { lt: older.id } }] });
  if (newer) filters.push({ OR: [{ createdAt: { gt: newer.createdAt } }, { createdAt: newer.createdAt, id: { gt: newer.id } }] });
  const direction = newer ? "asc" : "desc";
  const rows = await db.auditLog.findMany({
    where: { AND: filters },
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { givenName: true, familyName: true } },
    },
  });
  const more = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  if (newer) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];
  return {
    entries: page,
    // Older entries exist after this page when we paged back and found more, or whenever we came from an older page.
    olderCursor: last && (newer ? true : more) ? encodeCursor(last) : null,
    newerCursor: first && (newer ? more : Boolean(older)) ? encodeCursor(first) : null,
  };
}

/** Everyone who has made an audited change, for the person filter. */
export async function listAuditActors() {
  const actors = await db.auditLog.groupBy({ by: ["actorId"], where: { actorId: { not: null } } });
  return db.employee.findMany({
    where: { id: { in: actors.map((actor) => actor.actorId).filter((id): id is string => id !== null) } },
    orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
    select: { id: true, givenName: true, familyName: true },
  });
}
