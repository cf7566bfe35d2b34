import { utc as inUtc } from "@date-fns/utc";
import { addMonths, addWeeks, endOfISOWeek, endOfMonth, format, getISOWeek, startOfISOWeek, startOfMonth } from "date-fns";

export type PeriodView = "week" | "month";

export interface Period {
  view: PeriodView;
  from: string;
  to: string;
  /** ISO week number (weeks only): people in the Nordics and the Netherlands plan by it. */
  week: number | null;
  /** A day in the previous and the next period, for navigation links. */
  previous: string;
  next: string;
}

// Calendar days as UTC midnight (lib/date-only.ts): compute in UTC so the server's zone never shifts a day.
const utc = { in: inUtc };
const iso = (date: Date) => format(date, "yyyy-MM-dd", utc);

/** The week (Monday to Sunday) or calendar month that contains `day`. Pure. */
export function periodAround(view: PeriodView, day: string): Period {
  const date = new Date(`${day}T00:00:00Z`);
  if (view === "week") {
    return {
      view,
      from: iso(startOfISOWeek(date, utc)),
      to: iso(endOfISOWeek(date, utc)),
      week: getISOWeek(date, utc),
      previous: iso(startOfISOWeek(addWeeks(date, -1, utc), utc)),
      next: iso(startOfISOWeek(addWeeks(date, 1, utc), utc)),
    };
  }
  return {
    view,
    from: iso(startOfMonth(date, utc)),
    to: iso(endOfMonth(date, utc)),
    week: null,
    previous: iso(startOfMonth(addMonths(date, -1, utc), utc)),
    next: iso(startOfMonth(addMonths(date, 1, utc), utc)),
  };
}
