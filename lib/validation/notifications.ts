import { z } from "zod";
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

/** The cursor of a paged list's query string; a malformed one shows the newest page rather than an error. */
export function cursorFrom(searchParams: Record<string, string | string[] | undefined>): string | undefined {
  const query = notificationListQuerySchema.safeParse(searchParams);
  return query.success ? query.data.cursor : undefined;
}
