import "server-only";
import { db } from "@/lib/db";
import { toDbDate, type IsoDate } from "@/lib/date-only";

/** Offices with their size and next closures, for HR and admins. */
export async function listOfficesForAdmin(today: IsoDate) {
  return db.office.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      timezone: true,
      locale: true,
      seats: true,
      capacityPercent: true,
      workingWeekdays: true,
      closures: { where: { date: { gte: toDbDate(today) } }, orderBy: { date: "asc" }, take: 3, select: { date: true, reason: true } },
      _count: { select: { teams: true, employees: { where: { active: true } } } },
    },
  });
}
