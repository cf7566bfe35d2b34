"use server";

import { countUnreadNotifications, markOwnNotificationsRead } from "@/lib/data/notifications";
import { markNotificationsReadSchema } from "@/lib/validation/notifications";
import { safeAction } from "./safe-action";

/** The person marks some of their notifications read, or all of them. */
export const markNotificationsReadAction = safeAction("notifications:own", markNotificationsReadSchema, async (user, input, now) => ({
  updated: await markOwnNotificationsRead(user, input, now),
  unread: await countUnreadNotifications(user),
}));
