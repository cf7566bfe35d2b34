import { tz } from "@date-fns/tz";
import { format, type Locale as DateFnsLocale } from "date-fns";
import { enGB, nb, nl, sv } from "date-fns/locale";
import type { Locale } from "./config";

const dateFnsLocales: Record<Locale, DateFnsLocale> = { en: enGB, nb, sv, nl };

// Calendar days are stored as UTC midnight (see lib/date-only.ts): format them
// in UTC so that the server's own time zone can never shift the day.
const calendarDay = tz("UTC");

// The reader's language, on the stored calendar day.
function options(locale: Locale) {
  return { locale: dateFnsLocales[locale], in: calendarDay };
}

/** "Monday 23 November 2026" in the reader's language. */
export function formatLongDate(day: Date, locale: Locale): string {
  return format(day, "PPPP", options(locale));
}

/** "23 Nov 2026" in the reader's language. */
export function formatShortDate(day: Date, locale: Locale): string {
  return format(day, "PP", options(locale));
}

/** { weekday: "Monday", date: "23 November" } in the reader's language, for day lists. */
export function formatDayHeading(day: Date, locale: Locale): { weekday: string; date: string } {
  return { weekday: format(day, "EEEE", options(locale)), date: format(day, "d MMMM", options(locale)) };
}

/** Weekday name for an ISO weekday (1 = Monday). */
export function weekdayName(isoWeekday: number, locale: Locale, width: "long" | "short" = "long"): string {
  // 2024-01-01 was a Monday.
  const day = new Date(Date.UTC(2024, 0, isoWeekday));
  return format(day, width === "long" ? "EEEE" : "EEE", options(locale));
}

/** "November 2026" in the reader's language. */
export function formatMonth(day: Date, locale: Locale): string {
  return format(day, "LLLL yyyy", options(locale));
}

/** "Mon 23" in the reader's language, for chart axes. */
export function formatShortDay(day: Date, locale: Locale): string {
  return format(day, "EEE d", options(locale));
}
