import { z } from "zod";

/** The query string of a list page: ?q=search&page=2 */
export const listQuerySchema = z.object({
  q: z.string().trim().max(100, { error: "searchTooLong" }).optional(),
  page: z.coerce.number({ error: "pageInvalid" }).int({ error: "pageInvalid" }).min(1, { error: "pageInvalid" }).max(10_000, { error: "pageInvalid" }).default(1),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

/** Parses the query; on bad input returns the defaults plus the message keys to show. */
export function parseListQuery(raw: Record<string, string | string[] | undefined>): { query: ListQuery; errors: string[] } {
  const single = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const result = listQuerySchema.safeParse(single);
  if (result.success) return { query: result.data, errors: [] };
  return { query: { page: 1 }, errors: result.error.issues.map((issue) => issue.message) };
}
