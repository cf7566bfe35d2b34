import { describe, expect, it } from "vitest";
import { groupByIsoWeek, monthGrids } from "@/lib/calendar/day-layout";
import { everyDay } from "@/lib/date-only";

const weekdaysOnly = (from: string, to: string) =>
  everyDay(from, to)
    .filter((date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()))
    .map((date) => ({ date }));

describe("groupByIsoWeek", () => {
  it("groups working days by ISO week, Monday to Sunday", () => {
    // Tuesday 1 December 2026 is in week 49; Monday 7 December starts week 50.
    const groups = groupByIsoWeek(weekdaysOnly("2026-12-01", "2026-12-11"));
    expect(groups.map((group) => [group.week, group.items.map((item) => item.date)])).toEqual([
      [49, ["2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]],
      [50, ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"]],
    ]);
  });

  it("keeps the turn of the year in ISO weeks: 31 December 2026 is week 53, 4 January 2027 week 1", () => {
    const groups = groupByIsoWeek(weekdaysOnly("2026-12-28", "2027-01-05"));
    expect(groups.map((group) => [group.year, group.week, group.items.length])).toEqual([
      [2026, 53, 5],
      [2027, 1, 2],
    ]);
  });
});

describe("monthGrids", () => {
  it("lays out a month per grid, a row per week and a column per weekday that occurs", () => {
    const grids = monthGrids(weekdaysOnly("2026-11-26", "2026-12-08"));
    expect(grids.map((grid) => grid.month)).toEqual(["2026-11", "2026-12"]);
    expect(grids[0]!.weekdays).toEqual([1, 2, 3, 4, 5]);
    // November: Thursday 26 and Friday 27 in week 48; Monday 30 in week 49.
    expect(grids[0]!.weeks.map((row) => [row.week, row.cells.map((cell) => cell?.date ?? null)])).toEqual([
      [48, [null, null, null, "2026-11-26", "2026-11-27"]],
      [49, ["2026-11-30", null, null, null, null]],
    ]);
    // December starts mid-week 49, so its first row has Monday empty.
    expect(grids[1]!.weeks[0]!.cells.map((cell) => cell?.date ?? null)).toEqual([null, "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"]);
  });
});
