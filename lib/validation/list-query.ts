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
