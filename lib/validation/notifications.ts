import { z } from "zod";
import { readQuery, type RawQuery } from "./query-string";
import { keysetCursorSchema } from "./audit";

/** ?cursor=<position of the last one seen>: the next page, older. */
export const notificationListQuerySchema = z.object({ cursor: keysetCursorSchema.optional() });

const notificationId = z.string().min(1).max(64);

/** Mark some of one's notifications read (at most a page's worth at once), or all of them. */
export const markNotificationsReadSchema = z.union(
  [
    z.strictObject({ ids: z.array(notificationId).min(1, { error: "idsRequired" }).max(100, { error: "idsTooMany" }) }),
    z.strictObject({ all: z.literal(true) }),
  ],
  { error: 'send {"ids": [...]} or {"all": true}' },
);

export type MarkNotificationsRead = z.output<typeof markNotificationsReadSchema>;

/** The cursor of a paged list's address; a malformed or refused one shows the newest page, and the page says why. */
export function cursorFrom(raw: RawQuery): { cursor: string | undefined; errors: string[] } {
  const { values, errors } = readQuery(raw);
  const query = notificationListQuerySchema.safeParse(values);
  return query.success ? { cursor: query.data.cursor, errors } : { cursor: undefined, errors: [...errors, "cursorInvalid"] };
}
