import { z } from "zod";
import { rangeLength } from "@/lib/date-only";

/**
 * Every calendar day the app accepts, from any form, action, query string,
 * path or body, lies in this window. Far-off days are never a real office
 * day, and bounding them here means no loop over days, no lock per day and
 * no Date arithmetic can run away on "9999-12-31" or "0000-01-01".
 */
export const FIRST_DAY = "2000-01-01";
export const LAST_DAY = "2100-12-31";

/** The longest range one request may cover, however it is given: a year, leap day included. */
export const MAX_RANGE_DAYS = 366;

export interface DayMessages {
  /** Not YYYY-MM-DD, or not a real calendar day (2026-02-30). */
  invalid?: string;
  /** A real day outside FIRST_DAY..LAST_DAY. */
  outside?: string;
}

export interface RangeMessages {
  backwards?: string;
  tooLong?: string;
}

/** Messages for API clients (plain English); forms pass their message keys instead. */
const ENGLISH = {
  invalid: "must be a calendar date as YYYY-MM-DD",
  outside: `must be a day from ${FIRST_DAY} to ${LAST_DAY}`,
  backwards: "to must be on or after from",
  tooLong: `a range covers at most ${MAX_RANGE_DAYS} days`,
} as const;

/** A calendar day "YYYY-MM-DD" within FIRST_DAY..LAST_DAY. ISO strings of equal length compare as the days they name. */
export function calendarDaySchema(messages: DayMessages = {}) {
  return z.iso
    .date({ error: messages.invalid ?? ENGLISH.invalid })
    .refine((day) => day >= FIRST_DAY && day <= LAST_DAY, { error: messages.outside ?? ENGLISH.outside })
    .meta({ description: `A calendar day, ${FIRST_DAY} to ${LAST_DAY}` });
}

/**
 * A refinement for any object with `from` and optional `to`: in order and
 * at most `maxDays` (MAX_RANGE_DAYS unless a report says otherwise) long.
 * The issue names `to`.
 */
export function checkDayRange(messages: RangeMessages = {}, maxDays = MAX_RANGE_DAYS) {
  return (value: { from?: string; to?: string }, context: z.core.$RefinementCtx) => {
    if (!value.from || !value.to) return;
    const days = rangeLength(value.from, value.to);
    if (days < 1) context.addIssue({ code: "custom", path: ["to"], message: messages.backwards ?? ENGLISH.backwards });
    else if (days > maxDays) context.addIssue({ code: "custom", path: ["to"], message: messages.tooLong ?? `a range covers at most ${maxDays} days (this one covers ${days})` });
  };
}

/** A resolved range (defaults filled in by the caller): both days in the window, in order, at most a year. */
export const dayRangeSchema = z.object({ from: calendarDaySchema(), to: calendarDaySchema() }).superRefine(checkDayRange());
