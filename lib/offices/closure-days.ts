import { everyDay } from "@/lib/date-only";

/** Every calendar day from `from` to `to` (inclusive); one day when `to` is missing. */
export function closureDays(from: string, to?: string): string[] {
  return everyDay(from, to ?? from);
}

