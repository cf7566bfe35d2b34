import "server-only";
import { fromPrisma } from "pg-boss";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scheduleOffice, type OfficeSchedule } from "@/lib/jobs/schedules";
import { jobSender } from "@/lib/jobs/sender";
import { db } from "@/lib/db";
import { fromDbDate, toDbDate, type IsoDate } from "@/lib/date-only";
import { notFound } from "@/lib/errors";
import type { OfficeSettings } from "@/lib/validation/offices";
import { recordAudit } from "./audit";
import { inOfficeChange } from "./office-changes";
import type { CurrentUser } from "@/lib/auth/session";

/** Offices with their size and next closures, for HR and admins. */
export async function listOfficesForAdmin(today: IsoDate) {
  return db.office.findMany({
    orderBy: { name: "asc" },
    select: {
      ...officeSelect,
      closures: { where: { date: { gte: toDbDate(today) } }, orderBy: { date: "asc" }, take: 3, select: { date: true, reason: true } },
      _count: { select: { teams: true, employees: { where: { active: true } } } },
    },
  });
}

/** Names and ids of every office, for pickers. */
export async function listOfficeOptions() {
  return db.office.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

const officeSelect = {
  id: true,
  name: true,
  timezone: true,
  locale: true,
  country: true,
  seats: true,
  capacityPercent: true,
  capacityFixed: true,
  workingWeekdays: true,
  digestWeekday: true,
  digestTime: true,
} as const;

/** One office with its closures from `from` on, for its edit page. */
export async function getOfficeForAdmin(officeId: string, from: IsoDate) {
  const office = await db.office.findUnique({
    where: { id: officeId },
    select: { ...officeSelect, closures: { where: { date: { gte: toDbDate(from) } }, orderBy: { date: "asc" }, select: { id: true, date: true, reason: true } } },
  });
  if (!office) throw notFound("No office with this id.");
  return { ...office, closures: office.closures.map((closure) => ({ id: closure.id, date: fromDbDate(closure.date), reason: closure.reason })) };
}

/** The columns an office's settings are stored in. */
function settingsData(settings: OfficeSettings) {
  return {
    name: settings.name,
    timezone: settings.timezone,
    locale: settings.locale,
    country: settings.country,
    seats: settings.seats,
    // The percentage is kept when switching to a fixed number, so switching back restores it.
    ...(settings.capacity.mode === "percent" ? { capacityPercent: settings.capacity.percent, capacityFixed: null } : { capacityFixed: settings.capacity.people }),
    workingWeekdays: settings.workingWeekdays,
    digestWeekday: settings.digestWeekday,
    digestTime: settings.digestTime,
  };
}

export async function createOffice(user: CurrentUser, settings: OfficeSettings) {
  return db.$transaction(async (tx) => {
    const office = await tx.office.create({ data: { ...settingsData(settings), capacityPercent: settings.capacity.mode === "percent" ? settings.capacity.percent : 100 }, select: officeSelect });
    await recordAudit(tx, { actorId: user.id, action: "office.create", entityType: "office", entityId: office.id, after: office });
    await scheduleOfficeIn(tx, office);
    return office;
  });
}

/** Saves an office's settings; seats its capacity or working days give or take are recorded (changeOffices). */
export async function updateOffice(user: CurrentUser, officeId: string, settings: OfficeSettings, now: Date) {
  const { value, seatChanges } = await inOfficeChange([officeId], now, async (tx) => {
    // Lock the office row: two HR people saving at once are applied one after the other.
    await tx.$queryRaw`SELECT id FROM office WHERE id = ${officeId} FOR UPDATE`;
    const before = await tx.office.findUnique({ where: { id: officeId }, select: officeSelect });
    if (!before) throw notFound("No office with this id.");
    const after = await tx.office.update({ where: { id: officeId }, data: settingsData(settings), select: officeSelect });
    await recordAudit(tx, { actorId: user.id, action: "office.update", entityType: "office", entityId: officeId, before, after });
    await scheduleOfficeIn(tx, after);
    return after;
  });
  return { ...value, seatChanges };
}

/** The office's digest and reminder schedules (pg-boss), written in the office's own transaction: a rolled-back save keeps the old ones. */
async function scheduleOfficeIn(tx: Prisma.TransactionClient, office: OfficeSchedule) {
  await scheduleOffice(await jobSender(), office, fromPrisma(tx));
}
