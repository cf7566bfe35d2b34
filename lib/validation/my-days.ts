import { z } from "zod";
import { calendarDaySchema, checkDayRange } from "./dates";
import { readQuery, type RawQuery } from "./query-string";

const day = calendarDaySchema();

/** GET /me/days: the range to show; both default (today and four weeks on), and the resolved range is checked again (getMyDays). */
export const myDaysQuerySchema = z
  .object({ from: day.optional(), to: day.optional() })
  .superRefine(checkDayRange())
  .meta({ id: "MyDaysQuery" });

/** "I stay home": one day, or every office day of a period. */
export const stayHomeSchema = z
  .object({ from: day, to: day.optional() })
  .superRefine(checkDayRange())
  .meta({ id: "StayHomeRequest" });

/** One day: undo a stay-home, ask for or withdraw an extra day. */
export const dayInputSchema = z.object({ date: day });

export type StayHomeInput = z.infer<typeof stayHomeSchema>;
export type DayInput = z.infer<typeof dayInputSchema>;

/** My office days' address: ?view=list|month. Anything else shows the list (a view is a preference, not data). */
export const myDaysPageQuerySchema = z.object({ view: z.enum(["list", "month"]).catch("list").default("list") });

export function parseMyDaysPageQuery(raw: RawQuery): z.infer<typeof myDaysPageQuerySchema> & { errors: string[] } {
  const { values, errors } = readQuery(raw);
  return { ...myDaysPageQuerySchema.parse(values), errors };
}
