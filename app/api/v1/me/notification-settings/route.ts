import { getMyNotificationSettings, putMyNotificationSettings } from "@/lib/api/contracts/notification-settings";
import { apiRoute } from "@/lib/api/route";
import { getOwnNotificationSettings, saveOwnNotificationSettings } from "@/lib/data/own-notification-settings";

export const GET = apiRoute(getMyNotificationSettings, async ({ user }) => ({ body: await getOwnNotificationSettings(user) }));

export const PUT = apiRoute(putMyNotificationSettings, async ({ user, body }) => ({ body: await saveOwnNotificationSettings(user, body) }));
