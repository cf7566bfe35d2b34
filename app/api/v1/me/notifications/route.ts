import { getMyNotifications } from "@/lib/api/contracts/notifications";
import { apiRoute } from "@/lib/api/route";
import { countUnreadNotifications, listOwnNotifications } from "@/lib/data/notifications";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { translatorFor } from "@/lib/i18n/translator";
import { describeNotification } from "@/lib/notifications/describe";

export const GET = apiRoute(getMyNotifications, async ({ user, query, request }) => {
  const locale = negotiateLocale(undefined, request.headers.get("accept-language"));
  const t = translatorFor(locale, "notifications");
  const [page, unread] = await Promise.all([listOwnNotifications(user, query.cursor), countUnreadNotifications(user)]);
  return {
    body: {
      notifications: page.items.map((notification) => ({
        id: notification.id,
        kind: notification.kind,
        ...describeNotification(notification, t, locale),
        payload: notification.payload,
        createdAt: notification.createdAt.toISOString(),
        readAt: notification.readAt?.toISOString() ?? null,
      })),
      unread,
      nextCursor: page.nextCursor,
    },
  };
});
