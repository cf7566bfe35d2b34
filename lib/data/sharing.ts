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
 * Stores the person's choice. Nothing caches it: every who's-in view reads
 * it again (sharersFor), so "nobody" hides them on the next request on
 * every instance.
 */
export async function setOwnSharing(user: Pick<CurrentUser, "id">, scope: SharingScope): Promise<SharingScope> {
  const row = await db.employee.update({ where: { id: user.id }, data: { shareDaysWith: fromScope[scope] }, select: { shareDaysWith: true } });
  return toScope[row.shareDaysWith];
}

/**
 * The active people of the viewer's office who share their days with the
 * viewer: everyone who shares with the office, and those who share with
 * their team when it is the viewer's team. Role plays no part: a leader, HR
 * or an admin sees what any teammate sees. One query, read on every request.
 */
async function sharersFor(viewer: Pick<CurrentUser, "id" | "officeId" | "teamId">): Promise<Sharer[]> {
  const rows = await db.employee.findMany({
    where: {
      officeId: viewer.officeId,
      active: true,
      id: { not: viewer.id },
      OR: [{ shareDaysWith: DaySharing.OFFICE }, ...(viewer.teamId ? [{ shareDaysWith: DaySharing.TEAM, teamId: viewer.teamId }] : [])],
    },
    select: { id: true, givenName: true, familyName: true, teamId: true },
    // By name as shown ("given family"): the lists keep this order.
    orderBy: [{ givenName: "asc" }, { familyName: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ id: row.id, name: `${row.givenName} ${row.familyName}`, teammate: viewer.teamId !== null && row.teamId === viewer.teamId }));
}

/**
 * Who's in on each day of the viewer's office from `from` to `to` (a range
 * the caller validated): one query for the sharers, and the engine's cached
 * result for the days (My office days has just read it, so it is a hit).
 */
export async function whosInDays(viewer: CurrentUser, from: IsoDate, to: IsoDate): Promise<DayColleagues[]> {
  const [result, sharers] = await Promise.all([getOfficeRotation(viewer.officeId, from, to), sharersFor(viewer)]);
  return colleaguesByDay(result, sharers);
}

/**
 * Who's in on one day of the viewer's own office: only people who share
 * with them and whom the engine expects that day. Another office's days are
 * not the caller's to see, whatever their role: its id answers as unknown
 * (404), the same as an office that does not exist. Days run from today to
 * the last day anyone may choose (a year ahead): sharing shows the days
 * people are expected, not where they were.
 */
export async function getWhosIn(viewer: CurrentUser, officeId: string, now: Date, date?: IsoDate): Promise<DayColleagues> {
  if (officeId !== viewer.officeId) throw notFound("No office of yours has this id: you see who's in only in your own office.", "office_not_found");
  const today = officeToday(viewer, now);
  const day = date ?? today;
  if (day < today) throw refused("past_day", `${day} is in the past (today is ${today} in your office): who's in shows today and later days.`, "date");
  const last = lastChoiceDay(today);
  if (day > last) throw refused("beyond_horizon", `${day} is too far ahead: choose a day up to ${last}, a year from today.`, "date");
  return (await whosInDays(viewer, day, day))[0] as DayColleagues;
}
