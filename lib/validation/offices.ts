import { z } from "zod";
import { ROTATION_LOCALES } from "@/lib/rotation";
import { HOLIDAY_COUNTRIES } from "@/lib/offices/public-holidays";
import { calendarDaySchema, checkDayRange } from "./dates";
import { singleLineText } from "./text";

/**
 * Offices and closures, shared by the forms, the server actions and the API.
 * Error messages are keys of the "formErrors" messages.
 */

/** True for any time zone this runtime knows (IANA names such as Europe/Oslo, and UTC). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

const isoDay = calendarDaySchema({ invalid: "dateInvalid", outside: "dateOutOfRange" });
const id = z.string().min(1).max(64);

export const capacitySchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("percent"), percent: z.coerce.number({ error: "percentInvalid" }).int({ error: "percentInvalid" }).min(1, { error: "percentInvalid" }).max(100, { error: "percentInvalid" }) }),
  z.object({ mode: z.literal("fixed"), people: z.coerce.number({ error: "peopleInvalid" }).int({ error: "peopleInvalid" }).min(0, { error: "peopleInvalid" }).max(100_000, { error: "peopleInvalid" }) }),
]);

export const officeSettingsSchema = z
  .object({
    name: singleLineText({ max: 100, required: "nameRequired", tooLong: "nameTooLong" }),
    timezone: z.string().trim().refine(isTimeZone, { error: "timezoneInvalid" }),
    locale: z.enum(ROTATION_LOCALES, { error: "localeInvalid" }),
    country: z.enum(HOLIDAY_COUNTRIES, { error: "countryInvalid" }),
    seats: z.coerce.number({ error: "seatsInvalid" }).int({ error: "seatsInvalid" }).min(1, { error: "seatsInvalid" }).max(100_000, { error: "seatsInvalid" }),
    capacity: capacitySchema,
    workingWeekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1, { error: "weekdaysRequired" })
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    // When the week-ahead digest goes out, in the office's time zone (default Friday 14:00).
    digestWeekday: z.coerce.number({ error: "digestWeekdayInvalid" }).int({ error: "digestWeekdayInvalid" }).min(1, { error: "digestWeekdayInvalid" }).max(7, { error: "digestWeekdayInvalid" }).default(5),
    digestTime: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "digestTimeInvalid" }).default("14:00"),
  })
  .superRefine((office, context) => {
    if (office.capacity.mode === "fixed" && office.capacity.people > office.seats) {
      context.addIssue({ code: "custom", path: ["capacity", "people"], message: "peopleOverSeats" });
    }
  });

export type OfficeSettings = z.output<typeof officeSettingsSchema>;

export const createOfficeSchema = officeSettingsSchema;
export const updateOfficeSchema = z.object({ id, settings: officeSettingsSchema });

const closureReason = singleLineText({ max: 200, required: "reasonRequired", tooLong: "reasonTooLong" });

/** Closed days to add: a single day, each day of a range, or a year's public holidays (each its own reason). */
export const addClosuresSchema = z
  .object({
    officeId: id,
    closures: z.array(z.object({ date: isoDay, reason: closureReason })).min(1, { error: "closuresRequired" }).max(400, { error: "closuresTooMany" }),
  })
  .superRefine((input, context) => {
    const seen = new Set<string>();
    input.closures.forEach((closure, index) => {
      if (seen.has(closure.date)) context.addIssue({ code: "custom", path: ["closures", index, "date"], message: "closureDuplicate" });
      seen.add(closure.date);
    });
  });

export const updateClosureSchema = z.object({ id, date: isoDay, reason: closureReason });
export const deleteClosureSchema = z.object({ id });

/** A range of closed days, as the form asks for it (expanded to days by `closureDays`). */
export const closureRangeSchema = z
  .object({ from: isoDay, to: isoDay.optional(), reason: closureReason })
  .superRefine(checkDayRange({ backwards: "rangeBackwards", tooLong: "rangeTooLong" }));

export const publicHolidaysQuerySchema = z.object({
  officeId: id,
  year: z.coerce.number({ error: "yearInvalid" }).int({ error: "yearInvalid" }).min(2000, { error: "yearInvalid" }).max(2100, { error: "yearInvalid" }),
});

/** A change to preview: new settings, and/or closures added or removed. */
export const officeChangePreviewSchema = z.object({
  officeId: id,
  settings: officeSettingsSchema.optional(),
  addClosures: z.array(isoDay).max(400).default([]),
  removeClosures: z.array(isoDay).max(400).default([]),
});
