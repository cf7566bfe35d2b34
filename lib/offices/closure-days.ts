import { addDays, differenceInCalendarDays, format } from "date-fns";
import { tz } from "@date-fns/tz";

const utc = tz("UTC");
const parse = (day: string) => new Date(`${day}T00:00:00.000Z`);
const iso = (date: Date) => format(date, "yyyy-MM-dd", { in: utc });

/** Every calendar day from `from` to `to` (inclusive); one day when `to` is missing. */
export function closureDays(from: string, to?: string): string[] {
  const last = to ?? from;
  const count = differenceInCalendarDays(parse(last), parse(from), { in: utc }) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, index) => iso(addDays(parse(from), index, { in: utc })));
}

/** The day `days` after `day`. */
export function plusDays(day: string, days: number): string {
  return iso(addDays(parse(day), days, { in: utc }));
}
