import { TZDate } from "@date-fns/tz";
import { utc } from "@date-fns/utc";
import { addDays, format } from "date-fns";

/**
 * Calendar days travel as ISO strings ("2026-11-23"). PostgreSQL DATE columns
 * come through Prisma as Dates at UTC midnight; these convert between the two.
 */
export type IsoDate = string;

export function toDbDate(day: IsoDate): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function fromDbDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The calendar day it is now in `timeZone` (an office's "today"). */
export function todayIn(timeZone: string, now: Date): IsoDate {
  return format(new TZDate(now, timeZone), "yyyy-MM-dd");
}

/** The day `days` after `day` (before it when negative), counted in UTC: the server's own time zone never shifts it. */
export function plusDays(day: IsoDate, days: number): IsoDate {
  return format(addDays(toDbDate(day), days, { in: utc }), "yyyy-MM-dd", { in: utc });
}

const DAY_MS = 86_400_000;

/** Days from `from` to `to`, both included (0 or less when `to` comes first): counted as dates, never compared as strings. */
export function rangeLength(from: IsoDate, to: IsoDate): number {
  return Math.round((toDbDate(to).getTime() - toDbDate(from).getTime()) / DAY_MS) + 1;
}

/** Every calendar day from `from` to `to`, both included; none when `to` comes first. */
export function everyDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const start = toDbDate(from).getTime();
  return Array.from({ length: Math.max(0, rangeLength(from, to)) }, (_, index) => fromDbDate(new Date(start + index * DAY_MS)));
}

/** The instant `day` begins in `timeZone`: 2026-11-30 in Oslo begins at 2026-11-29T23:00Z. */
export function startOfDayIn(day: IsoDate, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date, timeZone).getTime());
}
