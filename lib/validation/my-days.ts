import { z } from "zod";
import { calendarDaySchema, checkDayRange } from "./dates";

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
