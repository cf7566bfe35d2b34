import { postNotificationsRead } from "@/lib/api/contracts/notifications";
import { apiRoute } from "@/lib/api/route";
import { countUnreadNotifications, markOwnNotificationsRead } from "@/lib/data/notifications";

export const POST = apiRoute(postNotificationsRead, async ({ user, body, now }) => {
  const updated = await markOwnNotificationsRead(user, body, now);
  return { body: { updated, unread: await countUnreadNotifications(user) } };
});
