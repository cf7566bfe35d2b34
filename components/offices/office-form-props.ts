import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { weekdayName } from "@/lib/i18n/dates";
import { HOLIDAY_COUNTRIES } from "@/lib/offices/public-holidays";

/** What the office form needs from the server: time zones, weekday and country names in the reader's language. */
export function officeFormOptions(locale: Locale) {
  const regions = new Intl.DisplayNames([locale === "nb" ? "nb" : locale], { type: "region" });
  return {
    timeZones: Intl.supportedValuesOf("timeZone"),
    weekdayNames: [1, 2, 3, 4, 5, 6, 7].map((day) => weekdayName(day, locale)),
    countryNames: Object.fromEntries(HOLIDAY_COUNTRIES.map((country) => [country, regions.of(country) ?? country])),
  };
}
