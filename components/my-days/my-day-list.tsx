"use client";

import { LoadBar } from "@/components/rotation/day-load";
import { Badge } from "@/components/ui/badge";
import type { IsoDate } from "@/lib/date-only";
import type { DayChoice } from "@/lib/seats/day-choices";
import { DayChoiceButtons } from "./day-choice-buttons";
import { ColleaguesLink, type ColleagueLine } from "./colleagues-link";
import type { SeatBadgeWords } from "./seat-badge";

/** One day of My office days, worded on the server: the list only lays it out. */
export interface MyDayRow {
  date: IsoDate;
  weekday: string;
  shortDate: string;
  /** The full date, for screen readers and the buttons' labels. */
  label: string;
  /** An office day is highlighted. */
  office: boolean;
  badge: SeatBadgeWords;
  reason: string;
  /** Why HR's change moved this day, if it did. */
  notice: string | null;
  /** An open day's load: its words and how full it is (0 to 1). */
  load: { text: string; share: number } | null;
  waiting: string | null;
  choices: DayChoice[];
  /** Colleagues who share their days with the viewer and are expected that day, worded, with a link to the day's view. */
  colleagues?: ColleagueLine | null;
}

/** A week of days under its heading ("Week 49", "Uke 49"). */
export interface MyDayWeek {
  heading: string;
  rows: MyDayRow[];
}

/**
 * The upcoming days as one client component fed with plain data: a row
 * sent as data is a fraction of the same row sent as rendered elements, and
 * rows are most of what the page costs to render and to send. Grouped by
 * ISO week, the way people in the Nordics and the Netherlands plan.
 */
export function MyDayList({ weeks }: { weeks: MyDayWeek[] }) {
  return (
    <div className="space-y-4">
      {weeks.map((week) => (
        <section key={week.rows[0]?.date} aria-labelledby={`week-${week.rows[0]?.date}`}>
          <h3 id={`week-${week.rows[0]?.date}`} className="mb-2 text-base font-semibold text-stone-800">{week.heading}</h3>
          <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm">
            {week.rows.map((row) => (
              <li
                key={row.date}
                aria-label={row.label}
                className={`grid grid-cols-[1fr_auto] items-center gap-x-4 gap-y-2 px-4 py-3 md:grid-cols-[9rem_9rem_1fr_11rem_minmax(11rem,auto)] ${row.office ? "bg-brand-50" : ""}`}
              >
                <p>
                  <span className="block font-medium capitalize">{row.weekday}</span>
                  <span className="block text-sm text-stone-600">{row.shortDate}</span>
                </p>
                <p>
                  <Badge tone={row.badge.tone}>{row.badge.text}</Badge>
                </p>
                <div className="col-span-2 text-sm text-stone-800 md:col-span-1">
                  <p>{row.reason}</p>
                  {row.notice ? <p className="mt-1 font-medium text-amber-900">{row.notice}</p> : null}
                  {row.colleagues ? <ColleaguesLink line={row.colleagues} /> : null}
                </div>
                <div className="col-span-2 md:col-span-1">
                  {row.load ? <LoadBar text={row.load.text} share={row.load.share} /> : null}
                  {row.waiting ? <p className="text-xs text-stone-600">{row.waiting}</p> : null}
                </div>
                <div className="col-span-2 md:col-span-1">
                  {row.choices.length > 0 ? <DayChoiceButtons date={row.date} dayLabel={row.label} choices={row.choices} /> : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
