import { z } from "zod";
import { calendarDaySchema, dayRangeSchema } from "./dates";
import { readQuery, type RawQuery } from "./query-string";

/** An office id in a path or query string: a cuid, nothing that could be a path trick. */
export const officeIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/i, { error: "Not an office id." });

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD`: both real calendar days, to not before from, at most 366 days. */
export const dateRangeQuerySchema = dayRangeSchema;

export const capacityParamsSchema = z.object({ id: officeIdSchema });

/** The capacity page's address: ?office=<id>&view=week|month&date=YYYY-MM-DD (any day in the period). */
export const capacityPageQuerySchema = z.object({
  office: z.string().regex(/^[a-z0-9]{1,64}$/i, { error: "officeInvalid" }).optional(),
  view: z.enum(["week", "month"], { error: "viewInvalid" }).default("week"),
  date: calendarDaySchema({ invalid: "dateInvalid", outside: "dateOutOfRange" }).optional(),
});

export type CapacityPageQuery = z.infer<typeof capacityPageQuerySchema>;

/**
 * Parses the capacity page's address field by field: a bad field falls back
 * to its default (and its message key is returned to show), the others stand.
 */
export function parseCapacityPageQuery(raw: RawQuery): { query: CapacityPageQuery; errors: string[] } {
  const { values: single, errors } = readQuery(raw);
  const shape = capacityPageQuerySchema.shape;
  const field = <K extends keyof typeof shape>(key: K): z.output<(typeof shape)[K]> | undefined => {
    const result = shape[key].safeParse(single[key]);
    if (result.success) return result.data as z.output<(typeof shape)[K]>;
    errors.push(result.error.issues[0]?.message ?? `${key}Invalid`);
    return undefined;
  };
  const query = { office: field("office"), view: field("view") ?? "week", date: field("date") };
  return { query, errors };
}
