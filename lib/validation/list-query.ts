import { z } from "zod";
import { readQuery, type RawQuery } from "./query-string";

/** The query string of a list page: ?q=search&page=2 */
export const listQuerySchema = z.object({
  q: z.string().trim().max(100, { error: "searchTooLong" }).optional(),
  page: z.coerce.number({ error: "pageInvalid" }).int({ error: "pageInvalid" }).min(1, { error: "pageInvalid" }).max(10_000, { error: "pageInvalid" }).default(1),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

/** Parses the query; on bad input returns the defaults plus the message keys to show. */
export function parseListQuery(raw: RawQuery): { query: ListQuery; errors: string[] } {
  const { values, errors } = readQuery(raw);
  const result = listQuerySchema.safeParse(values);
  if (result.success) return { query: result.data, errors };
  return { query: { page: 1 }, errors: [...errors, ...result.error.issues.map((issue) => issue.message)] };
}

/**
 * Parses a query one field at a time: a bad field falls back to its default
 * and its message key is reported; the other fields still apply.
 */
export function parseQueryFields<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>, raw: RawQuery): { query: z.output<z.ZodObject<Shape>>; errors: string[] } {
  const { values: single, errors } = readQuery(raw);
  const shape = schema.shape;
  const query = Object.fromEntries(
    Object.keys(shape).map((key) => {
      const field = shape[key] as z.ZodType;
      const result = field.safeParse(single[key] === "" ? undefined : single[key]);
      if (result.success) return [key, result.data];
      errors.push(result.error.issues[0]?.message ?? "pageInvalid");
      return [key, field.safeParse(undefined).data];
    }),
  ) as z.output<z.ZodObject<Shape>>;
  return { query, errors: [...new Set(errors)] };
}
