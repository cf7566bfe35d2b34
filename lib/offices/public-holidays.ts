import Holidays from "date-holidays";
import type { RotationLocale } from "@/lib/rotation";

/** Countries whose public holidays "Add public holidays" offers. */
export const HOLIDAY_COUNTRIES = ["NO", "SE", "DK", "FI", "IS", "NL", "BE", "DE", "AT", "CH", "GB", "IE", "FR", "ES", "IT", "PL", "US"] as const;
export type HolidayCountry = (typeof HOLIDAY_COUNTRIES)[number];

// date-holidays names languages by ISO 639-1: Norwegian is "no", not "nb".
const holidayLanguage: Record<RotationLocale, string> = { nb: "no", da: "da", sv: "sv", nl: "nl", de: "de", en: "en" };

export interface PublicHoliday {
  date: string;
  name: string;
}

/**
 * A year's public holidays (official days off, not observances) of a
 * country, named in the office's language where the library has it (else in
 * the country's own), sorted by date with one entry per day.
 */
export function publicHolidays(country: HolidayCountry, year: number, locale: RotationLocale): PublicHoliday[] {
  const holidays = new Holidays(country, { languages: [holidayLanguage[locale]], types: ["public"] });
  const byDay = new Map<string, string>();
  for (const holiday of holidays.getHolidays(year) ?? []) {
    if (holiday.type !== "public") continue;
    const date = holiday.date.slice(0, 10);
    // Two holidays on one day (17 May 2027 is also Whit Monday) become one closed day with both names.
    const other = byDay.get(date);
    byDay.set(date, other && other !== holiday.name ? `${other} / ${holiday.name}` : holiday.name);
  }
  return [...byDay].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}
