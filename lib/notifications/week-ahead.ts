import { plusDays, toDbDate, type IsoDate } from "@/lib/date-only";
import type { ShownTotals } from "@/lib/privacy/small-groups";
import { assignmentsOn, type RotationResult } from "@/lib/rotation";
import type { AheadDay, NotificationInput } from "./kinds";

/** The week the digest is about: the Monday after `today` (a digest on Sunday is about the next day's week, one on Monday about next week's). */
export function weekAheadStart(today: IsoDate): IsoDate {
  const weekday = toDbDate(today).getUTCDay() || 7;
  return plusDays(today, 8 - weekday);
}

/** Each person's office days in the result (open days they are expected on: planned, returned or an extra seat), with the day's shown totals. */
export function officeDaysByPerson(result: RotationResult, shown: readonly ShownTotals[]): Map<string, AheadDay[]> {
  const byPerson = new Map<string, AheadDay[]>();
  result.days.forEach((day, index) => {
    if (day.status !== "open") return;
    const totals = shown[index] as ShownTotals;
    for (const assignment of assignmentsOn(result, day.date)) {
      if (!assignment.expected) continue;
      const aheadDay: AheadDay = { date: day.date, reason: assignment.reason, extra: assignment.seat.kind === "extra", capacity: totals.capacity, expected: totals.expected };
      const days = byPerson.get(assignment.employeeId);
      if (days) days.push(aheadDay);
      else byPerson.set(assignment.employeeId, [aheadDay]);
    }
  });
  return byPerson;
}

/** The digest for each person with an office day in the week from `weekStart`: one per person and week (its key says so). */
export function weekAheadMessages(days: ReadonlyMap<string, AheadDay[]>, weekStart: IsoDate): NotificationInput[] {
  return [...days].map(([employeeId, own]) => ({ employeeId, kind: "week-ahead" as const, payload: { weekStart, days: own }, dedupeKey: `week-ahead:${employeeId}:${weekStart}` }));
}

/** The evening-before reminder for each person in the office tomorrow: one per person and day. */
export function dayReminderMessages(days: ReadonlyMap<string, AheadDay[]>): NotificationInput[] {
  return [...days].flatMap(([employeeId, own]) =>
    own.map((day) => ({ employeeId, kind: "day-reminder" as const, payload: { day }, dedupeKey: `day-reminder:${employeeId}:${day.date}` })),
  );
}

/** "HH:MM" at ISO weekday `weekday` (1 = Monday ... 7 = Sunday) as a cron expression (cron counts Sunday as 0). */
export function digestCron(weekday: number, time: string): string {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return `${minutes} ${hours} * * ${weekday % 7}`;
}

/** The reminder goes out every evening at 18:00 office time, for tomorrow's office days. */
export const REMINDER_CRON = "0 18 * * *";
