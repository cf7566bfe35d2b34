import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fromDbDate, todayIn, toDbDate } from "@/lib/date-only";
import { conflict, notFound, refused } from "@/lib/errors";
import { expectedPeopleOn } from "@/lib/notifications/lost-days";
import { HOLIDAY_COUNTRIES, publicHolidays, type HolidayCountry } from "@/lib/offices/public-holidays";
import { computeRotation, isRotationLocale } from "@/lib/rotation";
import { recordAudit } from "./audit";
import { notify } from "./notifications";
import { inOfficeChange } from "./office-changes";
import { loadEngineInput } from "./rotation-input";
import type { Tx } from "./transaction";

/**
 * Closed days (a day, a range or public holidays), one audit entry per day,
 * in one transaction. Seats they void are recorded (changeOffices), and
 * everyone who was expected on one of the coming days gets one message
 * naming their lost days and the reasons.
 */
export async function addClosures(user: CurrentUser, officeId: string, closures: { date: string; reason: string }[], now: Date) {
  const { value, seatChanges } = await inOfficeChange([officeId], now, async (tx) => {
    const office = await tx.office.findUnique({ where: { id: officeId }, select: { id: true, timezone: true } });
    if (!office) throw notFound("No office with this id.");
    const existing = await tx.closure.findMany({
      where: { officeId, date: { in: closures.map((closure) => toDbDate(closure.date)) } },
      select: { date: true },
    });
    if (existing.length > 0) {
      const days = existing.map((closure) => fromDbDate(closure.date)).sort();
      throw conflict("closure_exists", `The office is already closed on ${days.join(", ")}.`, "closures");
    }
    const lost = await whoLosesDays(tx, officeId, closures.map((closure) => closure.date).filter((day) => day >= todayIn(office.timezone, now)));
    const created = await tx.closure.createManyAndReturn({
      data: closures.map((closure) => ({ officeId, date: toDbDate(closure.date), reason: closure.reason })),
      select: { id: true, date: true, reason: true },
    });
    // One key for the whole change: with the person it is each message's key, so this change can never tell anyone twice.
    await notify(tx, dayLostMessages(lost, closures, `closures/${created[0]?.id}`));
    await tx.auditLog.createMany({
      data: created.map((closure) => ({
        actorId: user.id,
        action: "closure.create",
        entityType: "closure",
        entityId: closure.id,
        after: { officeId, date: fromDbDate(closure.date), reason: closure.reason },
      })),
    });
    return created.length;
  });
  return { added: value, seatChanges };
}

/**
 * Who is expected on the coming `days` as decided before the change (read in
 * the change's transaction, which holds the office against people's choices,
 * so a seat confirmed a moment ago counts): they lose those days when the office closes.
 */
async function whoLosesDays(tx: Tx, officeId: string, days: string[]): Promise<Map<string, string[]>> {
  if (days.length === 0) return new Map();
  const sorted = [...days].sort();
  const before = computeRotation(await loadEngineInput(officeId, sorted[0] as string, sorted.at(-1) as string, tx));
  return expectedPeopleOn(before, sorted);
}

/** "You lost a day": one message per person, with their own days and each day's reason, nothing about anyone else. */
function dayLostMessages(lost: Map<string, string[]>, closures: { date: string; reason: string }[], cause: string) {
  const reasons = new Map(closures.map((closure) => [closure.date, closure.reason]));
  return [...lost].map(([employeeId, dates]) => ({
    employeeId,
    kind: "day-lost" as const,
    payload: { cause: "closure" as const, days: dates.map((date) => ({ date, reason: reasons.get(date) ?? "" })) },
    dedupeKey: `day-lost/${cause}/${employeeId}`,
  }));
}

/** A closure's office, read before its transaction locks that office; a closure never changes office. */
async function officeOfClosure(closureId: string): Promise<string> {
  const closure = await db.closure.findUnique({ where: { id: closureId }, select: { officeId: true } });
  if (!closure) throw notFound("No closed day with this id.");
  return closure.officeId;
}

/**
 * Moves or renames a closed day: a day it opens again gives its seats back in
 * order (changeOffices); moved to another coming day, it tells whoever was
 * expected on that day, as adding it would.
 */
export async function updateClosure(user: CurrentUser, closureId: string, change: { date: string; reason: string }, now: Date) {
  const { seatChanges } = await inOfficeChange([await officeOfClosure(closureId)], now, async (tx) => {
    const before = await tx.closure.findUnique({ where: { id: closureId }, select: { officeId: true, date: true, reason: true, office: { select: { timezone: true } } } });
    if (!before) throw notFound("No closed day with this id.");
    if (change.date !== fromDbDate(before.date) && change.date >= todayIn(before.office.timezone, now)) {
      const lost = await whoLosesDays(tx, before.officeId, [change.date]);
      await notify(tx, dayLostMessages(lost, [change], `closure-moved/${closureId}/${change.date}`));
    }
    const after = await tx.closure.update({ where: { id: closureId }, data: { date: toDbDate(change.date), reason: change.reason }, select: { officeId: true, date: true, reason: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "closure.update",
      entityType: "closure",
      entityId: closureId,
      before: { officeId: before.officeId, date: fromDbDate(before.date), reason: before.reason },
      after: { ...after, date: fromDbDate(after.date) },
    });
  });
  return { seatChanges };
}
/** Opens a closed day again: the seat requests on it are decided (and recorded) in this transaction. */
export async function deleteClosure(user: CurrentUser, closureId: string, now: Date) {
  const { seatChanges } = await inOfficeChange([await officeOfClosure(closureId)], now, async (tx) => {
    const before = await tx.closure.findUnique({ where: { id: closureId }, select: { officeId: true, date: true, reason: true } });
    if (!before) throw notFound("No closed day with this id.");
    await tx.closure.delete({ where: { id: closureId } });
    await recordAudit(tx, { actorId: user.id, action: "closure.delete", entityType: "closure", entityId: closureId, before: { ...before, date: fromDbDate(before.date) } });
  });
  return { seatChanges };
}

/** A year's public holidays of the office's country in its language, each marked when the office is already closed that day. */
export async function publicHolidaysForOffice(officeId: string, year: number) {
  const office = await db.office.findUnique({ where: { id: officeId }, select: { country: true, locale: true } });
  if (!office) throw notFound("No office with this id.");
  const country = office.country;
  if (!country || !(HOLIDAY_COUNTRIES as readonly string[]).includes(country)) throw refused("country_missing", "Choose the office's country first.", "country");
  const locale = isRotationLocale(office.locale) ? office.locale : "en";
  const closed = await closedDaysIn(officeId, year);
  return publicHolidays(country as HolidayCountry, year, locale).map((holiday) => ({ ...holiday, alreadyClosed: closed.has(holiday.date) }));
}

/** The office's closed days in a year, to mark public holidays it already has. */
async function closedDaysIn(officeId: string, year: number): Promise<Set<string>> {
  const closures = await db.closure.findMany({
    where: { officeId, date: { gte: toDbDate(`${year}-01-01`), lte: toDbDate(`${year}-12-31`) } },
    select: { date: true },
  });
  return new Set(closures.map((closure) => fromDbDate(closure.date)));
}
