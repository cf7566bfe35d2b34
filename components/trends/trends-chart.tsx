"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, XAxis, YAxis } from "recharts";

export interface TrendsChartWeek {
  label: string;
  capacity: number | null;
  planned: number | null;
  expected: number | null;
  stayedHome: number | null;
}

export interface TrendsChartLabels {
  capacity: string;
  planned: string;
  expected: string;
  stayedHome: string;
}

// The theme's brand greens, stone and rust (SVG attributes cannot read CSS variables), as on the Capacity page.
const colours = { expected: "#1f6f5f", stayedHome: "#a8a29e", planned: "#d97706", capacity: "#9a3412" };

/**
 * Office days per week: expected and stayed home as bars, planned and (for
 * the whole office) seats as lines. Decorative: hidden from assistive
 * technology; the page's summary and tables say the same.
 */
export function TrendsChart({ weeks, labels }: { weeks: TrendsChartWeek[]; labels: TrendsChartLabels }) {
  const withCapacity = weeks.some((week) => week.capacity !== null);
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <ComposedChart responsive accessibilityLayer={false} data={weeks} style={{ width: "100%", height: "100%" }} margin={{ top: 16, right: 8, bottom: 0, left: -8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e7e5e4" />
        <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#44403c" }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#44403c" }} />
        <Bar dataKey="expected" name={labels.expected} stackId="days" fill={colours.expected} isAnimationActive={false} />
        <Bar dataKey="stayedHome" name={labels.stayedHome} stackId="days" fill={colours.stayedHome} isAnimationActive={false} />
        <Line dataKey="planned" name={labels.planned} stroke={colours.planned} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
        {withCapacity ? (
          <Line dataKey="capacity" name={labels.capacity} stroke={colours.capacity} strokeWidth={2} strokeDasharray="6 3" dot={false} isAnimationActive={false} />
        ) : null}
        <Legend wrapperStyle={{ fontSize: 12 }} />
      </ComposedChart>
    </div>
  );
}
