import Papa from "papaparse";
import type { TrendView } from "@/lib/validation/trends";
import type { GroupLabel, GroupRow, TrendFigures, TrendSeries } from "./report";

/** The figures' columns, in the order tables and downloads show them. */
export const FIGURE_COLUMNS = [
  "openDays",
  "heldBack",
  "capacity",
  "planned",
  "expected",
  "stayedHome",
  "stayHomeShare",
  "extraAsked",
  "extraConfirmed",
  "extraWaiting",
  "utilization",
] as const satisfies readonly (keyof TrendFigures)[];

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** How a column's cells are written in a spreadsheet: a calendar day, a count, a share (0 to 1), or words. */
export type ColumnKind = "date" | "count" | "share" | "text";

const KEY_KINDS: Record<string, ColumnKind> = { week: "date", date: "date", weekday: "count", status: "text", group: "text", key: "text" };

export function columnKind(field: string): ColumnKind {
  if (field === "stayHomeShare" || field === "utilization") return "share";
  return KEY_KINDS[field] ?? "count";
}

/** The columns of a download: the view's keys, then the figures. */
export const downloadFields = (keys: readonly string[]): string[] => [...keys, ...FIGURE_COLUMNS];

/** One row of a view: what it is about, then the figures. */
export type TrendRow = Record<string, string | number | null>;

/** A group in plain words for the API and downloads: a team's name, a priority class, a wave's name or number. */
export function groupName(label: GroupLabel): string {
  if (label.kind === "team") return label.name;
  if (label.kind === "priority") return label.priority;
  if (label.kind === "wave") return label.name.name ?? `Wave ${label.number} (${label.name.selectors.join(", ")})`;
  return "none";
}

/** The rows of one view: by week, by day (the weekday x week heat map), or by group over the period. */
export function trendRows(view: TrendView, series: TrendSeries, breakdowns: Record<"team" | "priority" | "wave", GroupRow[]> | null): { keys: string[]; rows: TrendRow[] } {
  if (view === "week") return { keys: ["week"], rows: series.weeks.map((row) => ({ week: row.week, ...row.figures })) };
  if (view === "weekday") {
    return {
      keys: ["date", "week", "weekday", "status"],
      rows: series.days.map((row) => ({ date: row.date, week: row.week, weekday: row.weekday, status: row.status, ...row.figures })),
    };
  }
  const groups = breakdowns?.[view] ?? [];
  return { keys: ["group", "key"], rows: groups.map((row) => ({ group: groupName(row.label), key: row.key, ...row.figures })) };
}

/** A CSV of the rows: plain numbers and ISO dates, empty where a figure is held back; no cell runs as a formula. */
export function trendsCsv(keys: readonly string[], rows: readonly TrendRow[]): string {
  const fields = downloadFields(keys);
  return Papa.unparse({ fields, data: rows.map((row) => fields.map((field) => row[field] ?? "")) }, { newline: "\n", escapeFormulae: true }) + "\n";
}
