import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/date-only";
import { notFound, refused } from "@/lib/errors";
import { DaySharing } from "@/lib/generated/prisma/enums";
import { colleaguesByDay, type DayColleagues, type Sharer } from "@/lib/sharing/colleagues";
import type { SharingScope } from "@/lib/validation/sharing";
import { lastChoiceDay, officeToday } from "./office-days";
import { getOfficeRotation } from "./office-rotation";

const toScope: Record<DaySharing, SharingScope> = { NOBODY: "nobody", TEAM: "team", OFFICE: "office" };
const fromScope: Record<SharingScope, DaySharing> = { nobody: DaySharing.NOBODY, team: DaySharing.TEAM, office: DaySharing.OFFICE };

export async function getOwnSharing(user: Pick<CurrentUser, "id">): Promise<SharingScope> {
  const row = await db.employee.findUniqueOrThrow({ where: { id: user.id }, select: { shareDaysWith: true } });
  return toScope[row.shareDaysWith];
}

/**
 * Stores the person's choice and bumps their office's sharing revision in
 * the same transaction: every instance's cached list of who shares is keyed
 * by it, so "nobody" hides them on the next request on every instance.
 */
export async function setOwnSharing(user: Pick<CurrentUser, "id">, scope: SharingScope): Promise<SharingScope> {
  const row = await db.$transaction(async (tx) => {
    const updated = await tx.employee.update({ where: { id: user.id }, data: { shareDaysWith: fromScope[scope] }, select: { shareDaysWith: true, officeId: true } });
    await tx.office.update({ where: { id: updated.officeId }, data: { sharingRevision: { increment: 1 } } });
    return updated;
  });
  return toScope[row.shareDaysWith];
}

interface OfficeSharer {
  id: string;
  name: string;
  teamId: string | null;
  shareDaysWith: DaySharing;
}

// Per office: everyone who shares with anyone, by name, with the revisions it was read at.
const officeSharerCache = new Map<string, { key: string; sharers: Promise<OfficeSharer[]> }>();

/**
 * The active people of an office who share their days with their team or
 * the office, by name as shown ("given family"). Read once per change: the
 * office's revision moves with HR's changes to people (names, teams,
 * leaving) and its sharing revision with people's own choices; both are
 * read on every call (one small query), so no instance shows a stale list.
 */
async function officeSharers(officeId: string): Promise<OfficeSharer[]> {
  const office = await db.office.findUniqueOrThrow({ where: { id: officeId }, select: { revision: true, sharingRevision: true } });
  const key = `${office.revision}/${office.sharingRevision}`;
  const hit = officeSharerCache.get(officeId);
  if (hit?.key === key) return hit.sharers;
  // Read after the revisions: at worst newer than the key, never older.
  const sharers = db.employee
    .findMany({
      where: { officeId, active: true, shareDaysWith: { not: DaySharing.NOBODY } },
      select: { id: true, givenName: true, familyName: true, teamId: true, shareDaysWith: true },
      orderBy: [{ givenName: "asc" }, { familyName: "asc" }, { id: "asc" }],
    })
    .then((rows) => rows.map((row) => ({ id: row.id, name: `${row.givenName} ${row.familyName}`, teamId: row.teamId, shareDaysWith: row.shareDaysWith })));
  officeSharerCache.set(officeId, { key, sharers });
  sharers.catch(() => officeSharerCache.get(officeId)?.sharers === sharers && officeSharerCache.delete(officeId));
  return sharers;
}

/**
 * The active people of the viewer's office who share their days with the
 * viewer: everyone who shares with the office, and those who share with
 * their team when it is the viewer's team. Role plays no part: a leader, HR
 * or an admin sees what any teammate sees.
 */
async function sharersFor(viewer: Pick<CurrentUser, "id" | "officeId" | "teamId">): Promise<Sharer[]> {
  const sharers = await officeSharers(viewer.officeId);
  return sharers
    .filter((sharer) => sharer.id !== viewer.id && (sharer.shareDaysWith === DaySharing.OFFICE || (viewer.teamId !== null && sharer.teamId === viewer.teamId)))
    .map((sharer) => ({ id: sharer.id, name: sharer.name, teammate: viewer.teamId !== null && sharer.teamId === viewer.teamId }));
}

/**
 * Who's in on each day of the viewer's office from `from` to `to` (a range
 * the caller validated): one query for the sharers, and the engine's cached
 * result for the days (My office days has just read it, so it is a hit).
 */
export async function whosInDays(viewer: CurrentUser, from: IsoDate, to: IsoDate, limit = Infinity): Promise<DayColleagues[]> {
  const [result, sharers] = await Promise.all([getOfficeRotation(viewer.officeId, from, to), sharersFor(viewer)]);
  return colleaguesByDay(result, sharers, limit);
}

/**
 * Who's in on one day of the viewer's own office: only people who share
 * with them and whom the engine expects that day. Another office's days are
 * not the caller's to see, whatever their role: its id answers as unknown
 * (404), the same as an office that does not exist. Days run from today to
 * the last day anyone may choose (a year ahead): sharing shows the days
 * people are expected, not where they were.
 */
export async function getWhosIn(viewer: CurrentUser, officeId: string, now: Date, date?: IsoDate): Promise<Omit<DayColleagues, "count">> {
  if (officeId !== viewer.officeId) throw notFound("No office of yours has this id: you see who's in only in your own office.", "office_not_found");
  const today = officeToday(viewer, now);
  const day = date ?? today;
  if (day < today) throw refused("past_day", `${day} is in the past (today is ${today} in your office): who's in shows today and later days.`, "date");
  const last = lastChoiceDay(today);
  if (day > last) throw refused("beyond_horizon", `${day} is too far ahead: choose a day up to ${last}, a year from today.`, "date");
  const { colleagues } = (await whosInDays(viewer, day, day))[0] as DayColleagues;
  return { date: day, colleagues };
}
