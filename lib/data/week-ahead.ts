/**
 * The week-ahead digest and the evening-before reminder, written by the
 * delivery worker when an office's schedule fires. Free of lib/db and
 * "server-only": the worker runs outside Next.js with a client of its own.
 */
import { plusDays, todayIn, type IsoDate } from "@/lib/date-only";
import type { NotificationInput } from "@/lib/notifications/kinds";
import { defaultNotificationSettings, wantsEmail } from "@/lib/notifications/settings";
import { dayReminderMessages, officeDaysByPerson, weekAheadMessages, weekAheadStart } from "@/lib/notifications/week-ahead";
import { shownTotals } from "@/lib/privacy/small-groups";
import { computeRotation, peopleByDay } from "@/lib/rotation";
import type { DbClient } from "@/lib/server/prisma-client";
import { readEngineInput } from "./engine-input-read";
import { readNotificationSettings } from "./notification-settings";
import { notify } from "./notify";

/** 10,000 digests are written in one transaction: a few seconds, far above Prisma's 5 s default on a busy machine. */
const WRITE = { maxWait: 20_000, timeout: 120_000 } as const;

interface Written {
  /** The office's calendar days the messages are about. */
  from: IsoDate;
  to: IsoDate;
  /** Messages new this time (a repeat for the same week or day writes none). */
  sent: number;
}

async function writeOfficeDays(db: DbClient, officeId: string, from: IsoDate, to: IsoDate, minGroup: number, build: (days: ReturnType<typeof officeDaysByPerson>) => NotificationInput[]): Promise<number> {
  const result = computeRotation(await readEngineInput(db, officeId, from, to));
  const people = peopleByDay(result);
  const byPerson = officeDaysByPerson(result, result.days.map((day, index) => shownTotals(day, people[index] as number, minGroup)));
  const settings = await readNotificationSettings(db, [...byPerson.keys()]);
  const messages = build(byPerson).filter((message) => wantsEmail(settings.get(message.employeeId) ?? defaultNotificationSettings, message.kind));
  // The dedupe key (person and week, or person and day) makes a second run, a second worker or a schedule that fired twice write nothing.
  return db.$transaction((tx) => notify(tx, messages), WRITE);
}

/**
 * The digest of the week ahead (Monday to Sunday after the office's today at
 * `now`), to each person with at least one office day in it who has the
 * digest on. Written in-app and by email alike: the digest is a message one
 * asks for, so turning it off stops both.
 */
export async function sendWeekAhead(db: DbClient, officeId: string, now: Date, minGroup: number): Promise<Written> {
  const office = await db.office.findUniqueOrThrow({ where: { id: officeId }, select: { timezone: true } });
  const from = weekAheadStart(todayIn(office.timezone, now));
  const to = plusDays(from, 6);
  return { from, to, sent: await writeOfficeDays(db, officeId, from, to, minGroup, (days) => weekAheadMessages(days, from)) };
}

/** The reminder for tomorrow (in the office's time zone at `now`), to each person in the office that day who turned reminders on. */
export async function sendDayReminders(db: DbClient, officeId: string, now: Date, minGroup: number): Promise<Written> {
  const office = await db.office.findUniqueOrThrow({ where: { id: officeId }, select: { timezone: true } });
  const day = plusDays(todayIn(office.timezone, now), 1);
  return { from: day, to: day, sent: await writeOfficeDays(db, officeId, day, day, minGroup, dayReminderMessages) };
}
