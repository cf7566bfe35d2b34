import { addDays, format } from "date-fns";
import { utc } from "@date-fns/utc";
import { everyDay } from "@/lib/date-only";

const parse = (day: string) => new Date(`${day}T00:00:00.000Z`);
const iso = (date: Date) => format(date, "yyyy-MM-dd", { in: utc });

/** Every calendar day from `from` to `to` (inclusive); one day when `to` is missing. */
export function closureDays(from: string, to?: string): string[] {
  return everyDay(from, to ?? from);
}

/** The day `days` after `day`. */
export function plusDays(day: string, days: number): string {
  return iso(addDays(parse(day), days, { in: utc }));
}
