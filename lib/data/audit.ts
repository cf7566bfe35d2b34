import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "./transaction";

export interface AuditEntry {
  /** Who made the change; null for changes made from the command line. */
  actorId: string | null;
  /** What was done, as "<entity>.<verb>", e.g. "office.update", "plan.publish". */
  action: string;
  entityType: string;
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

/** The newest audit entries first. */
export async function listAuditEntries({ page }: { page: number }) {
  const [total, entries] = await db.$transaction([
    db.auditLog.count(),
    db.auditLog.findMany({
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        createdAt: true,
        actor: { select: { givenName: true, familyName: true } },
      },
    }),
  ]);
  return { total, entries, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
