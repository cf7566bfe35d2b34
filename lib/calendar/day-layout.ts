import { utc as inUtc } from "@date-fns/utc";
import { getISODay, getISOWeek, getISOWeekYear } from "date-fns";
import { boundedMemo } from "@/lib/bounded-memo";
import { toDbDate, type IsoDate } from "@/lib/date-only";

// Calendar days are UTC midnight (lib/date-only.ts): read weeks in UTC so the server's zone never shifts a day.
// UTCDate, not TZDate("UTC"): TZDate asks Intl for the offset on every step, which made this a fifth of a page's CPU.
const utc = { in: inUtc };

// Remembered per day: UTCDate arithmetic still costs a few microseconds a call, and every page lays out the same weeks.
const isoCalendarOf = boundedMemo(
  4096,
  (date: IsoDate) => date,
  (date: IsoDate) => {
    const day = toDbDate(date);
    return { week: getISOWeek(day, utc), year: getISOWeekYear(day, utc), weekday: getISODay(day, utc) };
  },
);

export interface WeekGroup<T> {
  /** ISO week number, as people in Norway, Sweden and the Netherlands say it ("uke 49"). */
  week: number;
  /** ISO week-numbering year, so week 1 of next year never merges with week 1 of this one. */
  year: number;
  items: T[];
}

/** Consecutive days grouped by ISO week (Monday to Sunday), in the order given. Pure. */
export function groupByIsoWeek<T extends { date: IsoDate }>(items: readonly T[]): WeekGroup<T>[] {
  const groups: WeekGroup<T>[] = [];
  for (const item of items) {
    const { week, year } = isoCalendarOf(item.date);
    const last = groups[groups.length - 1];
    if (last && last.week === week && last.year === year) last.items.push(item);
    else groups.push({ week, year, items: [item] });
  }
  return groups;
}

export interface MonthGrid<T> {
  /** "2026-12": the month's first day is `${month}-01`. */
  month: string;
  /** ISO weekdays (1 = Monday) that have a day anywhere in the range: the grid's columns. */
  weekdays: number[];
  /** One row per ISO week; a cell is the day on that weekday, or null when it is not in the range. */
  weeks: { week: number; cells: (T | null)[] }[];
}

/**
 * Days laid out as month calendars: one grid per month, a row per week and a
 * column per weekday that occurs (offices closed at weekends get five). Pure.
 */
export function monthGrids<T extends { date: IsoDate }>(items: readonly T[]): MonthGrid<T>[] {
  const weekdays = [...new Set(items.map((item) => isoCalendarOf(item.date).weekday))].sort((a, b) => a - b);
  const grids: MonthGrid<T>[] = [];
  for (const item of items) {
    const month = item.date.slice(0, 7);
    let grid = grids[grids.length - 1];
    if (!grid || grid.month !== month) {
      grid = { month, weekdays, weeks: [] };
      grids.push(grid);
    }
    const { week } = isoCalendarOf(item.date);
    let row = grid.weeks[grid.weeks.length - 1];
    if (!row || row.week !== week) {
      row = { week, cells: weekdays.map(() => null) };
      grid.weeks.push(row);
    }
    row.cells[weekdays.indexOf(isoCalendarOf(item.date).weekday)] = item;
  }
  return grids;
}
