import { afterEach, describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/config";
import { messageFiles, messagesFor } from "@/lib/i18n/messages";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { tz } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB, nb, nl, sv } from "date-fns/locale";
import { formatDateTimeIn, formatDayHeading, formatLongDate, formatLongDateIn, formatMonth, formatShortDate, formatShortDateIn, formatShortDay, weekdayName } from "@/lib/i18n/dates";
import { startOfDayIn, toDbDate } from "@/lib/date-only";

function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("languages", () => {
  describe("choosing the language", () => {
    it("prefers the language the person chose", () => {
      expect(negotiateLocale("sv", "nl-NL,nl;q=0.9")).toBe("sv");
    });
    it("falls back to the browser's best supported language", () => {
      expect(negotiateLocale(undefined, "de-DE,nl;q=0.8,en;q=0.5")).toBe("nl");
      expect(negotiateLocale(undefined, "sv-SE")).toBe("sv");
    });
    it("serves bokmål to Norwegian browsers (no, nn, nb)", () => {
      expect(negotiateLocale(undefined, "no-NO,no;q=0.9")).toBe("nb");
      expect(negotiateLocale(undefined, "nn")).toBe("nb");
      expect(negotiateLocale(undefined, "nb-NO")).toBe("nb");
    });
    it("ignores a forged cookie and an unknown language", () => {
      expect(negotiateLocale("xx", "fr-FR")).toBe("en");
      expect(negotiateLocale(undefined, null)).toBe("en");
    });
  });

  it("every language has exactly the English message keys, file by file", () => {
    for (const files of Object.values(messageFiles)) {
      const english = keys(files.en).sort();
      for (const locale of locales) expect(keys(files[locale]).sort()).toEqual(english);
    }
  });

  it("no two message files define the same namespace", () => {
    const namespaces = Object.values(messageFiles).flatMap((files) => Object.keys(files.en));
    expect(namespaces).toEqual([...new Set(namespaces)]);
    expect(Object.keys(messagesFor("en")).sort()).toEqual([...namespaces].sort());
  });

  it("formats dates and weekdays in each language, on the calendar day stored", () => {
    const day = toDbDate("2027-05-17");
    expect(formatLongDate(day, "en")).toBe("Monday, 17 May 2027");
    expect(formatLongDate(day, "nb")).toBe("mandag 17. mai 2027");
    expect(formatLongDate(day, "sv")).toBe("måndag 17 maj 2027");
    expect(formatLongDate(day, "nl")).toBe("maandag 17 mei 2027");
    expect(weekdayName(2, "nl")).toBe("dinsdag");
  });

  it("writes a day without its year as each language does: Norwegian puts a dot after the day", () => {
    const day = toDbDate("2026-11-30");
    const heading = (locale: "en" | "nb" | "sv" | "nl") => Object.values(formatDayHeading(day, locale)).join(" ");
    expect(heading("nb")).toBe("mandag 30. november");
    expect(heading("sv")).toBe("måndag 30 november");
    expect(heading("nl")).toBe("maandag 30 november");
    expect(heading("en")).toBe("Monday 30 November");
    expect(formatShortDate(day, "nb")).toBe("30. nov. 2026");
    expect(formatShortDate(day, "sv")).toBe("30 nov. 2026");
    expect(formatShortDate(day, "nl")).toBe("30 nov. 2026");
    expect(formatShortDate(day, "en")).toBe("30 Nov 2026");
    expect(formatShortDay(day, "nb")).toBe("man. 30.");
    expect(formatMonth(day, "nb")).toBe("november 2026");
  });

  it("puts a moment on the day it fell on in the office's time zone, not in UTC", () => {
    // 00:30 on Wednesday 25 November in Oslo; still Tuesday in UTC and in New York.
    const instant = new Date("2026-11-24T23:30:00Z");
    expect(formatShortDateIn(instant, "Europe/Oslo", "en")).toBe("25 Nov 2026");
    expect(formatShortDateIn(instant, "America/New_York", "en")).toBe("24 Nov 2026");
    expect(formatLongDateIn(instant, "Europe/Oslo", "nb")).toBe("onsdag 25. november 2026");
  });

  it("shows a moment's date and time in the office's time zone: 04:13 UTC is 05:13 in Oslo", () => {
    const instant = new Date("2026-11-30T04:13:00Z");
    expect(formatDateTimeIn(instant, "Europe/Oslo", "en")).toBe("30 Nov 2026, 05:13");
    expect(formatDateTimeIn(instant, "Europe/Oslo", "nb")).toBe("30. nov. 2026, 05:13");
    expect(formatDateTimeIn(instant, "Europe/Stockholm", "sv")).toBe("30 nov. 2026 05:13");
    expect(formatDateTimeIn(instant, "Europe/Amsterdam", "nl")).toBe("30 nov 2026, 05:13");
    // Half past midnight in Oslo is still the day before in UTC.
    expect(formatDateTimeIn(new Date("2026-11-29T23:30:00Z"), "Europe/Oslo", "en")).toBe("30 Nov 2026, 00:30");
  });

  it("starts a day at midnight in the office's time zone, in winter and in summer", () => {
    expect(startOfDayIn("2026-11-30", "Europe/Oslo").toISOString()).toBe("2026-11-29T23:00:00.000Z");
    expect(startOfDayIn("2027-06-01", "Europe/Oslo").toISOString()).toBe("2027-05-31T22:00:00.000Z");
    expect(startOfDayIn("2026-11-30", "UTC").toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });

  describe("whatever the server's time zone", () => {
    const serverZone = process.env.TZ;
    afterEach(() => {
      if (serverZone === undefined) delete process.env.TZ;
      else process.env.TZ = serverZone;
    });

    // The reference: formatting the stored UTC midnight in UTC, as these functions once did.
    const inUtc = { en: enGB, nb, sv, nl } as const;
    const reference = (day: Date, pattern: string, locale: keyof typeof inUtc) => format(day, pattern, { locale: inUtc[locale], in: tz("UTC") });
    const intlReference = (day: Date, options: Intl.DateTimeFormatOptions, locale: keyof typeof inUtc) =>
      new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { ...options, timeZone: "UTC" }).format(day);

    // The zones furthest from UTC both ways, and zones that skipped or repeated a midnight for summer time.
    it.each(["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "America/Sao_Paulo", "America/Havana", "Asia/Beirut", "Europe/Oslo"])("%s formats the stored calendar day", (zone) => {
      process.env.TZ = zone;
      // Every third day of four years: every weekday, month and summer-time change.
      for (let time = Date.UTC(2008, 0, 1); time < Date.UTC(2012, 0, 1); time += 3 * 86_400_000) {
        const day = new Date(time);
        for (const locale of locales) {
          expect(formatLongDate(day, locale)).toBe(reference(day, "PPPP", locale));
          expect(formatShortDate(day, locale)).toBe(reference(day, "PP", locale));
          expect(formatDayHeading(day, locale)).toEqual({ weekday: reference(day, "EEEE", locale), date: intlReference(day, { day: "numeric", month: "long" }, locale) });
          expect(formatMonth(day, locale)).toBe(reference(day, "LLLL yyyy", locale));
          expect(formatShortDay(day, locale)).toBe(intlReference(day, { weekday: "short", day: "numeric" }, locale));
        }
      }
      expect(weekdayName(1, "en")).toBe("Monday");
      expect(weekdayName(7, "sv", "short")).toBe("sön");
      // About 2,400 formats per zone: well under a second alone, but far more on a busy machine.
    }, 60_000);
  });
});
