"use client";

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, XAxis, YAxis } from "recharts";

export interface CapacityChartDay {
  label: string;
  plannedIn: number;
  extra: number;
  optedOut: number;
  waitlisted: number;
}

export interface CapacityChartLabels {
  plannedIn: string;
  extra: string;
  optedOut: string;
  waitlisted: string;
  capacity: string;
}

const STACK_ORDER = ["plannedIn", "extra", "optedOut", "waitlisted"];

// The theme's brand greens, stone and amber (SVG attributes cannot read CSS variables).
const colours = { plannedIn: "#1f6f5f", extra: "#5fae9c", optedOut: "#a8a29e", waitlisted: "#d97706", capacity: "#9a3412" };

/**
 * Seats per day as bars against the office's capacity line. Decorative: it
 * is hidden from assistive technology, and the page says the same in a text
 * summary and the table, which are the accessible form.
 */
export function CapacityChart({ days, capacity, labels }: { days: CapacityChartDay[]; capacity: number; labels: CapacityChartLabels }) {
  return (
    <div aria-hidden="true" className="h-72 w-full">
      <BarChart responsive accessibilityLayer={false} data={days} style={{ width: "100%", height: "100%" }} margin={{ top: 16, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e7e5e4" />
        {/* A week's days all get their label, on two lines so five fit on a 320 px phone; a month's skip some. */}
        <XAxis dataKey="label" tick={DayTick} height={36} interval={days.length <= 7 ? 0 : "preserveStartEnd"} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#44403c" }} domain={[0, (max: number) => Math.max(max, capacity)]} />
        <Bar dataKey="plannedIn" name={labels.plannedIn} stackId="in" fill={colours.plannedIn} isAnimationActive={false} />
        <Bar dataKey="extra" name={labels.extra} stackId="in" fill={colours.extra} isAnimationActive={false} />
        <Bar dataKey="optedOut" name={labels.optedOut} stackId="out" fill={colours.optedOut} isAnimationActive={false} />
        <Bar dataKey="waitlisted" name={labels.waitlisted} stackId="out" fill={colours.waitlisted} isAnimationActive={false} />
        <ReferenceLine y={capacity} stroke={colours.capacity} strokeWidth={2} strokeDasharray="6 3" label={{ value: `${labels.capacity} ${capacity}`, position: "insideTopRight", fill: colours.capacity, fontSize: 12 }} />
        {/* In the order the bars stack, not sorted by their names (which sorts them differently in each language). */}
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => STACK_ORDER.indexOf(String(item.dataKey))} />
      </BarChart>
    </div>
  );
}

/** A day's axis label, "Mon 30 Nov", as the weekday over the date. */
function DayTick({ x, y, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const [weekday, ...date] = String(payload?.value ?? "").split(" ");
  return (
    <text x={x} y={y} textAnchor="middle" fontSize={12} fill="#44403c">
      <tspan x={x} dy="0.9em">{weekday}</tspan>
      <tspan x={x} dy="1.2em">{date.join(" ")}</tspan>
    </text>
  );
}
