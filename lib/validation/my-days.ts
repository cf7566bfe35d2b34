import { differenceInCalendarDays } from "date-fns";
import { z } from "zod";

/** The longest range one request may cover: a year, leap day included. */
export const MAX_RANGE_DAYS = 366;

const isoDay = (what: string) => z.iso.date({ error: `${what} must be a calendar date as YYYY-MM-DD` });

function spanDays(from: string, to: string): number {
  return differenceInCalendarDays(new Date(`${to}T00:00:00Z`), new Date(`${from}T00:00:00Z`)) + 1;
}

/** `from` to `to` (inclusive): in order and at most a year long. */
function checkRange(value: { from?: string; to?: string }, context: z.core.$RefinementCtx) {
  if (!value.from || !value.to) return;
  if (value.to < value.from) context.addIssue({ code: "custom", path: ["to"], message: "to must be on or after from" });
  else if (spanDays(value.from, value.to) > MAX_RANGE_DAYS) {
    context.addIssue({ code: "custom", path: ["to"], message: `a range covers at most ${MAX_RANGE_DAYS} days` });
  }
}

/** GET /me/days: the range to show; both default (today and four weeks on). */
export const myDaysQuerySchema = z
  .object({ from: isoDay("from").optional(), to: isoDay("to").optional() })
  .superRefine(checkRange)
  .meta({ id: "MyDaysQuery" });

/** "I stay home": one day, or every office day of a period. */
export const stayHomeSchema = z
  .object({ from: isoDay("from"), to: isoDay("to").optional() })
  .superRefine(checkRange)
  .meta({ id: "StayHomeRequest" });

/** One day: undo a stay-home, ask for or withdraw an extra day. */
export const dayInputSchema = z.object({ date: isoDay("date") });

export type StayHomeInput = z.infer<typeof stayHomeSchema>;
export type DayInput = z.infer<typeof dayInputSchema>;
