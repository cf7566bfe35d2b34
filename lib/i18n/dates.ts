import { format, type Locale as DateFnsLocale } from "date-fns";
import { enGB, nb, nl, sv } from "date-fns/locale";
import { boundedMemo } from "@/lib/bounded-memo";
import { todayIn, toDbDate } from "@/lib/date-only";
import { intlTags, type Locale } from "./config";

const dateFnsLocales: Record<Locale, DateFnsLocale> = { en: enGB, nb, sv, nl };

/**
 * Calendar days are stored as UTC midnight (see lib/date-only.ts). Formatting
 * them in UTC through `@date-fns/tz` costs a time-zone conversion per call,
 * several times the formatting itself on a page of days. Instead the stored
 * UTC year, month and day become a Date in the server's own time zone, which
 * plain date-fns formats as it is: the same calendar day whatever that zone.
 * Noon, not midnight, because a few zones once skipped a midnight for summer time.
 */
function calendarDay(day: Date): Date {
  return new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12);
}

// Remembered per day, pattern and language: a page of days formats the same few weeks for every reader.
const formatDay = boundedMemo(
  8192,
  (day: Date, pattern: string, locale: Locale) => `${day.getTime()}|${pattern}|${locale}`,
  (day: Date, pattern: string, locale: Locale) => format(calendarDay(day), pattern, { locale: dateFnsLocales[locale] }),
);

/** "Monday 23 November 2026" in the reader's language. */
export function formatLongDate(day: Date, locale: Locale): string {
  return formatDay(day, "PPPP", locale);
}

/** "23 Nov 2026" in the reader's language. */
export function formatShortDate(day: Date, locale: Locale): string {
  return formatDay(day, "PP", locale);
}

/**
 * The calendar day a moment (a token made, a proposal sent) falls on in
 * `timeZone`, the reader's office's: 00:30 in Oslo is already the next day
 * there, though still the day before in UTC.
 */
export function formatShortDateIn(instant: Date, timeZone: string, locale: Locale): string {
  return formatShortDate(toDbDate(todayIn(timeZone, instant)), locale);
}

/** As formatShortDateIn, as "Monday 23 November 2026". */
export function formatLongDateIn(instant: Date, timeZone: string, locale: Locale): string {
  return formatLongDate(toDbDate(todayIn(timeZone, instant)), locale);
}

/**
 * Patterns without a year have no date-fns token that follows the language
 * ("d MMMM" gives "30 november" in Norwegian, which writes "30. november"),
 * so they come from Intl, which knows each language's own order and dots.
 * The stored day is UTC midnight, so the formatters run in UTC. Building a
 * formatter costs far more than using one: one per language and shape.
 */
const intlShapes = {
  dayMonth: { day: "numeric", month: "long" },
  shortDay: { weekday: "short", day: "numeric" },
  month: { month: "long", year: "numeric" },
  weekday: { weekday: "long" },
  shortWeekday: { weekday: "short" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
const intlFormats = new Map<string, Intl.DateTimeFormat>();

function formatIntl(day: Date, shape: keyof typeof intlShapes, locale: Locale): string {
  const key = `${locale}:${shape}`;
  let formatter = intlFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlTags[locale], { ...intlShapes[shape], timeZone: "UTC" });
    intlFormats.set(key, formatter);
  }
  return formatter.format(day);
}

/**
 * A moment (an audit entry) as date and time in `timeZone`, the reader's
 * office's: "30 Nov 2026, 05:13" ("30. nov. 2026, 05:13" in Norwegian).
 */
export function formatDateTimeIn(instant: Date, timeZone: string, locale: Locale): string {
  const key = `${locale}:dateTime:${timeZone}`;
  let formatter = intlFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlTags[locale], { dateStyle: "medium", timeStyle: "short", timeZone });
    intlFormats.set(key, formatter);
  }
  return formatter.format(instant);
}

/** { weekday: "mandag", date: "30. november" } in the reader's language, for day lists. */
export function formatDayHeading(day: Date, locale: Locale): { weekday: string; date: string } {
  return { weekday: formatIntl(day, "weekday", locale), date: formatIntl(day, "dayMonth", locale) };
}

/** Weekday name for an ISO weekday (1 = Monday). */
export function weekdayName(isoWeekday: number, locale: Locale, width: "long" | "short" = "long"): string {
  // 2024-01-01 was a Monday.
  return formatIntl(new Date(Date.UTC(2024, 0, isoWeekday)), width === "long" ? "weekday" : "shortWeekday", locale);
}

/** "November 2026" in the reader's language. */
export function formatMonth(day: Date, locale: Locale): string {
  return formatIntl(day, "month", locale);
}

/** "Mon 23" ("man. 23." in Norwegian) in the reader's language, for chart axes. */
export function formatShortDay(day: Date, locale: Locale): string {
  return formatIntl(day, "shortDay", locale);
}

const intlLocales: Record<Locale, string> = { en: "en-GB", nb: "nb-NO", sv: "sv-SE", nl: "nl-NL" };

/** A moment with its time of day, as the clock showed it in `timeZone` ("30 November 2026 at 08:29"). */
export function formatMomentIn(instant: Date, timeZone: string, locale: Locale, dateStyle: "long" | "medium" = "long"): string {
  return new Intl.DateTimeFormat(intlLocales[locale], { dateStyle, timeStyle: "short", timeZone }).format(instant);
}
