import "server-only";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/date-only";
import { notFound, refused } from "@/lib/errors";
import { DaySharing } from "@/lib/generated/prisma/enums";
import type { RotationResult } from "@/lib/rotation";
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

interface OfficeSharers {
  /** The office's revisions the list stands for. */
  key: string;
  sharers: Promise<OfficeSharer[]>;
}

// Per office: everyone who shares with anyone, by name, with the revisions it was read at.
const officeSharerCache = new Map<string, OfficeSharers>();

/**
 * The active people of an office who share their days with their team or
 * the office, by name as shown ("given family"). Read once per change: the
 * office's revision moves with HR's changes to people (names, teams,
 * leaving) and its sharing revision with people's own choices; both are
 * read on every call (one small query), so no instance shows a stale list.
 */
async function officeSharers(officeId: string): Promise<OfficeSharers> {
  const office = await db.office.findUniqueOrThrow({ where: { id: officeId }, select: { revision: true, sharingRevision: true } });
  const key = `${office.revision}/${office.sharingRevision}`;
  const hit = officeSharerCache.get(officeId);
  if (hit?.key === key) return hit;
  // Read after the revisions: at worst newer than the key, never older.
  const sharers = db.employee
    .findMany({
      where: { officeId, active: true, shareDaysWith: { not: DaySharing.NOBODY } },
      select: { id: true, givenName: true, familyName: true, teamId: true, shareDaysWith: true },
      orderBy: [{ givenName: "asc" }, { familyName: "asc" }, { id: "asc" }],
    })
    .then((rows) => rows.map((row) => ({ id: row.id, name: `${row.givenName} ${row.familyName}`, teamId: row.teamId, shareDaysWith: row.shareDaysWith })));
  const entry = { key, sharers };
  officeSharerCache.set(officeId, entry);
  sharers.catch(() => officeSharerCache.get(officeId) === entry && officeSharerCache.delete(officeId));
  return entry;
}

/**
 * The active people of the viewer's office who share their days with the
 * viewer: everyone who shares with the office, and those who share with
 * their team when it is the viewer's team. Role plays no part: a leader, HR
 * or an admin sees what any teammate sees.
 */
function sharersFor(viewer: Pick<CurrentUser, "id" | "teamId">, sharers: readonly OfficeSharer[]): Sharer[] {
  return sharers
    .filter((sharer) => sharer.id !== viewer.id && (sharer.shareDaysWith === DaySharing.OFFICE || (viewer.teamId !== null && sharer.teamId === viewer.teamId)))
    .map((sharer) => ({ id: sharer.id, name: sharer.name, teammate: viewer.teamId !== null && sharer.teamId === viewer.teamId }));
}

// Per engine result (a new one comes with every change): the days as each kind of viewer sees them, the latest few.
const seenByResult = new WeakMap<RotationResult, Map<string, DayColleagues[]>>();
const VIEWS_PER_RESULT = 128;

/**
 * Who's in on each day of the viewer's office from `from` to `to` (a range
 * the caller validated), the first `limit` names a day and how many: the
 * engine's cached result for the days (My office days has just read it, so
 * it is a hit) and the office's sharers. Everyone in a team who does not
 * share sees the same days, so they are worked out once per result and team.
 */
export async function whosInDays(viewer: CurrentUser, from: IsoDate, to: IsoDate, limit = Infinity): Promise<DayColleagues[]> {
  const [result, office] = await Promise.all([getOfficeRotation(viewer.officeId, from, to), officeSharers(viewer.officeId)]);
  const sharers = await office.sharers;
  // A sharer does not see themselves: their view is their own.
  const self = sharers.some((sharer) => sharer.id === viewer.id) ? viewer.id : "";
  const key = `${office.key}|${viewer.teamId ?? ""}|${self}|${limit}`;
  const seen = seenByResult.get(result) ?? new Map<string, DayColleagues[]>();
  seenByResult.set(result, seen);
  const hit = seen.get(key);
  if (hit) return hit;
  const days = colleaguesByDay(result, sharersFor(viewer, sharers), limit);
  seen.set(key, days);
  if (seen.size > VIEWS_PER_RESULT) seen.delete(seen.keys().next().value as string);
  return days;
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
