import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fromDbDate } from "@/lib/date-only";
import { notFound } from "@/lib/errors";

/** The signed-in person's own notices of changed days, not yet dismissed. Private to them. */
export async function listOwnNotices(user: CurrentUser) {
  const notices = await db.planChangeNotice.findMany({
    where: { employeeId: user.id, dismissedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, effectiveFrom: true, gained: true, lost: true },
  });
  return notices.map((notice) => ({
    id: notice.id,
    effectiveFrom: fromDbDate(notice.effectiveFrom),
    gained: notice.gained.map(fromDbDate),
    lost: notice.lost.map(fromDbDate),
  }));
}

/** Dismisses one of the person's own notices (never anyone else's: 404). Not audited: it is their own business. */
export async function dismissOwnNotice(user: CurrentUser, noticeId: string, now: Date) {
  const { count } = await db.planChangeNotice.updateMany({ where: { id: noticeId, employeeId: user.id, dismissedAt: null }, data: { dismissedAt: now } });
  if (count === 0) throw notFound("There is no such notice.", "notice_not_found");
  return { id: noticeId };
}
