import { utc as inUtc } from "@date-fns/utc";
import { addDays, addWeeks, format, startOfISOWeek, subYears } from "date-fns";
import { z } from "zod";
import { calendarDaySchema, checkDayRange, LAST_DAY } from "./dates";
import { officeIdSchema } from "./capacity";
import { readQuery, type RawQuery } from "./query-string";

/**
 * Trends look back up to two years (and ahead as far as the plan goes), so
 * their range is longer than other requests': at most three years of days,
 * which bounds the engine's work to about 800 working days per office.
 */
export const TRENDS_YEARS_BACK = 2;
export const MAX_TRENDS_DAYS = 3 * 366;

export const TREND_VIEWS = ["week", "weekday", "team", "priority", "wave"] as const;
export type TrendView = (typeof TREND_VIEWS)[number];

/** A team id in a query string. */
const teamIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/i, { error: "must be a team id" });

/** `GET /api/v1/offices/{id}/trends`: both days optional (defaults from the office's today), `by`, `team`, `format`. */
export const trendsQuerySchema = z
  .object({
    from: calendarDaySchema().optional(),
    to: calendarDaySchema().optional(),
    by: z.enum(TREND_VIEWS, { error: `must be one of ${TREND_VIEWS.join(", ")}` }).default("week"),
    team: teamIdSchema.optional().meta({ description: "One team's figures only (leaders: a team they lead; by default the first by name)" }),
    format: z
      .enum(["json", "csv", "xlsx"], { error: "must be json, csv or xlsx" })
      .default("json"),
  })
  .superRefine(checkDayRange({}, MAX_TRENDS_DAYS));

export const trendsParamsSchema = z.object({ id: officeIdSchema });

// Calendar days as UTC midnight (lib/date-only.ts).
const utc = { in: inUtc };
const iso = (date: Date) => format(date, "yyyy-MM-dd", utc);

/** The default period: the 12 weeks before this one, this week and the 3 after (whole ISO weeks). */
export function defaultTrendsRange(today: string): { from: string; to: string } {
  const monday = startOfISOWeek(new Date(`${today}T00:00:00Z`), utc);
  return { from: iso(addWeeks(monday, -12, utc)), to: iso(addDays(addWeeks(monday, 4, utc), -1, utc)) };
}

/** The first day trends may show: two years before today. */
export function firstTrendsDay(today: string): string {
  return iso(subYears(new Date(`${today}T00:00:00Z`), TRENDS_YEARS_BACK, utc));
}

export type TrendsRangeProblem = { field: "from" | "to"; problem: "tooFarBack" | "backwards" | "tooLong" };

/**
 * Fills in the defaults around the office's today and checks what only
 * today can tell: `from` no more than two years back. A missing end keeps
 * the default's length from the given one, within MAX_TRENDS_DAYS.
 */
export function resolveTrendsRange(today: string, given: { from?: string; to?: string }): { from: string; to: string } | TrendsRangeProblem {
  const fallback = defaultTrendsRange(today);
  const from = given.from ?? (given.to && given.to < fallback.from ? iso(addWeeks(new Date(`${given.to}T00:00:00Z`), -16, utc)) : fallback.from);
  const later = given.from && given.from > fallback.to ? iso(addWeeks(new Date(`${given.from}T00:00:00Z`), 16, utc)) : fallback.to;
  const to = given.to ?? (later > LAST_DAY ? LAST_DAY : later);
  const first = firstTrendsDay(today);
  if (from < first) return { field: "from", problem: "tooFarBack" };
  if (to < from) return { field: "to", problem: "backwards" };
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > MAX_TRENDS_DAYS) return { field: "to", problem: "tooLong" };
  return { from, to };
}

/** The Trends page's address: ?office=&team=&from=&to=&view=week|weekday. */
export const trendsPageQuerySchema = z.object({
  office: z.string().regex(/^[a-z0-9]{1,64}$/i, { error: "officeInvalid" }).optional(),
  team: z.string().regex(/^[a-z0-9]{1,64}$/i, { error: "teamInvalid" }).optional(),
  from: calendarDaySchema({ invalid: "dateInvalid", outside: "dateOutOfRange" }).optional(),
  to: calendarDaySchema({ invalid: "dateInvalid", outside: "dateOutOfRange" }).optional(),
  view: z.enum(["week", "weekday"], { error: "viewInvalid" }).default("week"),
});

export type TrendsPageQuery = z.infer<typeof trendsPageQuerySchema>;

/** Field by field: a bad field falls back to its default and its message key is returned to show. */
export function parseTrendsPageQuery(raw: RawQuery): { query: TrendsPageQuery; errors: string[] } {
  const { values, errors } = readQuery(raw);
  const shape = trendsPageQuerySchema.shape;
  const field = <K extends keyof typeof shape>(key: K): z.output<(typeof shape)[K]> | undefined => {
    // The team picker's "whole office" sends an empty value.
    const result = shape[key].safeParse(values[key] === "" ? undefined : values[key]);
    if (result.success) return result.data as z.output<(typeof shape)[K]>;
    errors.push(result.error.issues[0]?.message ?? `${key}Invalid`);
    return undefined;
  };
  return { query: { office: field("office"), team: field("team"), from: field("from"), to: field("to"), view: field("view") ?? "week" }, errors };
}
