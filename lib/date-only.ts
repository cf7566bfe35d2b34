import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

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
