import { differenceInCalendarDays } from "date-fns";
import { z } from "zod";

/** The longest range one request may ask for, in days (a year, leap day included). */
export const MAX_RANGE_DAYS = 366;

/** An office id in a path or query string: a cuid, nothing that could be a path trick. */
export const officeIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/i, { error: "Not an office id." });

/** `?from=YYYY-MM-DD&to=YYYY-MM-DD`: both real calendar days, to not before from, at most 366 days. */
export const dateRangeQuerySchema = z
  .object({
    from: z.iso.date({ error: "Give from as a calendar day, YYYY-MM-DD." }),
    to: z.iso.date({ error: "Give to as a calendar day, YYYY-MM-DD." }),
  })
  .superRefine(({ from, to }, ctx) => {
    const days = differenceInCalendarDays(new Date(`${to}T00:00:00Z`), new Date(`${from}T00:00:00Z`)) + 1;
    if (days < 1) ctx.addIssue({ code: "custom", path: ["to"], message: "to is before from." });
    else if (days > MAX_RANGE_DAYS) ctx.addIssue({ code: "custom", path: ["to"], message: `The range is ${days} days; ask for at most ${MAX_RANGE_DAYS}.` });
  });

export const capacityParamsSchema = z.object({ id: officeIdSchema });

/** The capacity page's address: ?office=<id>&view=week|month&date=YYYY-MM-DD (any day in the period). */
export const capacityPageQuerySchema = z.object({
  office: z.string().regex(/^[a-z0-9]{1,64}$/i, { error: "officeInvalid" }).optional(),
  view: z.enum(["week", "month"], { error: "viewInvalid" }).default("week"),
  date: z.iso.date({ error: "dateInvalid" }).optional(),
});

export type CapacityPageQuery = z.infer<typeof capacityPageQuerySchema>;

/**
 * Parses the capacity page's address field by field: a bad field falls back
 * to its default (and its message key is returned to show), the others stand.
 */
export function parseCapacityPageQuery(raw: Record<string, string | string[] | undefined>): { query: CapacityPageQuery; errors: string[] } {
  const single = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const shape = capacityPageQuerySchema.shape;
  const errors: string[] = [];
  const field = <K extends keyof typeof shape>(key: K): z.output<(typeof shape)[K]> | undefined => {
    const result = shape[key].safeParse(single[key]);
    if (result.success) return result.data as z.output<(typeof shape)[K]>;
    errors.push(result.error.issues[0]?.message ?? `${key}Invalid`);
    return undefined;
  };
  const query = { office: field("office"), view: field("view") ?? "week", date: field("date") };
  return { query, errors };
}
