"use client";

import { Badge } from "@/components/ui/badge";
import { ColleaguesLink } from "./colleagues-link";
import { DayChoiceButtons } from "./day-choice-buttons";
import type { MyDayRow } from "./my-day-list";

/** A month of days as a calendar, worded on the server: columns are the weekdays the office opens. */
export interface MyDayMonthGrid {
  month: string;
  caption: string;
  columns: string[];
  weeks: { week: number; cells: (MyDayRow | null)[] }[];
}

/**
 * The month view: a calendar grid per month with the same one-click choices
 * as the list, reached in reading order with Tab (each button names its day).
 * On a phone the grid becomes a column of the days it holds.
 */
export function MyDayMonth({ months }: { months: MyDayMonthGrid[] }) {
  return (
    <div className="space-y-6">
      {months.map((grid) => (
        <table key={grid.month} className="w-full table-fixed border-collapse text-sm max-md:block">
          <caption className="mb-2 text-left text-base font-semibold text-stone-800 first-letter:uppercase max-md:block">{grid.caption}</caption>
          <thead className="max-md:hidden">
            <tr>
              {grid.columns.map((column) => (
                <th key={column} scope="col" className="px-2 py-1 text-left font-medium capitalize text-stone-700">{column}</th>
              ))}
            </tr>
          </thead>
          <tbody className="max-md:block max-md:space-y-2">
            {grid.weeks.map((row) => (
              <tr key={row.week} className="max-md:contents">
                {row.cells.map((cell, index) =>
                  cell ? (
                    <td
                      key={cell.date}
                      aria-label={cell.label}
                      className={`h-full border border-stone-200 p-2 align-top max-md:block max-md:rounded-lg ${cell.office ? "bg-brand-50" : "bg-white"}`}
                    >
                      <p className="font-medium">
                        <span className="capitalize md:sr-only">{cell.weekday} </span>
                        {cell.shortDate}
                      </p>
                      <p className="mt-1">
                        <Badge tone={cell.badge.tone}>{cell.badge.text}</Badge>
                      </p>
                      {cell.load ? <p className="mt-1 text-xs text-stone-600">{cell.load.text}</p> : null}
                      {cell.colleagues ? <ColleaguesLink line={cell.colleagues} /> : null}
                      {cell.choices.length > 0 ? (
                        <div className="mt-2">
                          <DayChoiceButtons date={cell.date} dayLabel={cell.label} choices={cell.choices} align="start" />
                        </div>
                      ) : null}
                    </td>
                  ) : (
                    <td key={`empty-${index}`} className="border border-stone-100 bg-stone-50 max-md:hidden" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
