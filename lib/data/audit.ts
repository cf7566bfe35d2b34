import "server-only";
import { db } from "@/lib/db";

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
