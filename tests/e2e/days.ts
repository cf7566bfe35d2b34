import { utc } from "@date-fns/utc";
import { addMonths, format, getISODay, type Locale } from "date-fns";
import type { APIRequestContext } from "@playwright/test";
import { now } from "@/lib/clock";
import { plusDays, todayIn, toDbDate, type IsoDate } from "@/lib/date-only";
import { withDatabase } from "./database";

/**
 * Days for the browser tests, taken from the app's own clock (TEST_NOW when
 * the run sets one, see playwright.config.ts) in the demo office's time zone,
 * and chosen from what the app says about them rather than from weekday
 * arithmetic, so no test depends on the weekday, month or holidays it runs on.
 */
export function osloToday(): IsoDate {
  return todayIn("Europe/Oslo", now());
}

export { plusDays };

/** The same day `months` later, counted in UTC as plusDays is: the test machine's own time zone never shifts it. */
export function plusMonths(day: IsoDate, months: number): IsoDate {
  return format(addMonths(toDbDate(day), months, { in: utc }), "yyyy-MM-dd", { in: utc });
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function weekdayOf(day: IsoDate): number {
  return getISODay(new Date(`${day}T12:00:00`));
}

/** The Monday after `day` (a week later when `day` is a Monday). */
export function mondayAfter(day: IsoDate): IsoDate {
  return plusDays(day, 8 - weekdayOf(day));
}

export interface ApiDay {
  date: IsoDate;
  status: "office" | "home" | "closed" | "non-working";
  reason: { kind: string; reason?: string };
  seat: { kind: string; position?: number };
  totals: { capacity: number; expected: number | null; free: number | null; waitlisted: number | null };
}

/** A person's days from tomorrow over the four weeks My office days shows, through the API. */
export async function upcomingDays(request: APIRequestContext, token: string): Promise<ApiDay[]> {
  const today = osloToday();
  const response = await request.get(`/api/v1/me/days?from=${plusDays(today, 1)}&to=${plusDays(today, 27)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status() !== 200) throw new Error(`GET /me/days answered ${response.status()}`);
  return ((await response.json()) as { days: ApiDay[] }).days;
}

/** The person's own office days (the plan gives them a seat). */
export const isOwnOfficeDay = (day: ApiDay) => day.status === "office" && day.seat.kind === "planned";
/**
 * One of the person's own office days with seats to spare: nobody was cut for capacity or waits, so a seat
 * they free stays free for them to take back (README rule 2 gives a freed seat to the cut, then the waitlist).
 */
export const isQuietOwnDay = (day: ApiDay) => isOwnOfficeDay(day) && (day.totals.free ?? 0) > 0 && day.totals.waitlisted === 0;
/** An open working day the plan does not give the person: one they may ask for as an extra day. */
export const isOtherOpenDay = (day: ApiDay) => day.reason.kind === "not-expected" && day.reason.reason === "not-their-day";

/** Full weeks (Monday to Sunday) among `days` with no closed day, as their days. */
export function openWeeks(days: ApiDay[]): ApiDay[][] {
  const weeks: ApiDay[][] = [];
  for (const [index, day] of days.entries()) {
    if (weekdayOf(day.date) !== 1) continue;
    const week = days.slice(index, index + 7);
    if (week.length === 7 && week.every((d) => d.status !== "closed")) weeks.push(week);
  }
  return weeks;
}

/** Oslo's first closed day from today (the demo closes its public holidays), as YYYY-MM-DD. */
export async function firstOsloClosure(): Promise<IsoDate> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<{ date: string }>(
      `SELECT to_char(min(c.date), 'YYYY-MM-DD') AS date FROM closure c JOIN office o ON o.id = c.office_id WHERE o.name = 'Oslo' AND c.date >= $1::date`,
      [osloToday()],
    );
    if (!rows[0]?.date) throw new Error("Oslo has no closed day ahead");
    return rows[0].date;
  });
}

/** A day as date-fns formats it in the test's own time zone, e.g. "MMMM yyyy" → "December 2026". */
export function formatDay(day: IsoDate, pattern: string, locale?: Locale): string {
  return format(new Date(`${day}T12:00:00`), pattern, locale && { locale });
}
