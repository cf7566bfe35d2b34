import Link from "next/link";
import { Deferred } from "@/components/ui/deferred";
import type { CurrentUser } from "@/lib/auth/session";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MarkReadButton } from "@/components/notifications/mark-read-button";
import { Badge } from "@/components/ui/badge";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryErrors } from "@/components/ui/query-errors";
import { requirePermission } from "@/lib/auth/session";
import { countUnreadNotifications, listOwnNotifications } from "@/lib/data/notifications";
import type { Locale } from "@/lib/i18n/config";
import { formatLongDateIn } from "@/lib/i18n/dates";
import { describeNotification } from "@/lib/notifications/describe";
import { cursorFrom } from "@/lib/validation/notifications";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("notifications:own");
  return (
    <Deferred>
      <NotificationsContent user={user} {...props} />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function NotificationsContent({ searchParams, user }: { searchParams: Promise<Record<string, string | string[] | undefined>> } & { user: CurrentUser }) {
  const { cursor, errors } = cursorFrom(await searchParams);
  const [t, locale, page, unread] = await Promise.all([
    getTranslations("notifications"),
    getLocale() as Promise<Locale>,
    listOwnNotifications(user, cursor),
    countUnreadNotifications(user),
  ]);

  return (
    <ClientMessages namespaces={["notifications"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <QueryErrors errors={errors} />
      {unread > 0 ? (
        <div className="mb-4">
          <MarkReadButton ids="all" />
        </div>
      ) : null}
      {page.items.length === 0 ? (
        <EmptyState message={t("empty")} />
      ) : (
        <ol className="space-y-3">
          {page.items.map((notification) => {
            const words = describeNotification(notification, t, locale);
            return (
              <li key={notification.id}>
                <article
                  aria-labelledby={`notification-${notification.id}`}
                  className={`rounded-lg border bg-white p-4 shadow-sm ${notification.readAt ? "border-stone-200" : "border-l-4 border-brand-600"}`}
                >
                  <div className="flex flex-wrap items-center gap-2">
                    <h2 id={`notification-${notification.id}`} className="text-lg font-semibold text-stone-900">{words.title}</h2>
                    {notification.readAt ? null : <Badge tone="brand">{t("unread")}</Badge>}
                  </div>
                  <p className="mt-1 text-sm text-stone-600">{t("received", { date: formatLongDateIn(notification.createdAt, user.officeTimezone, locale) })}</p>
                  <p className="mt-2 text-stone-800">{words.intro}</p>
                  <ul className="mt-1 list-disc pl-6 text-stone-800">
                    {words.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                  <p className="mt-2 text-stone-800">{words.outro}</p>
                  <div className="mt-3 flex flex-wrap items-center gap-3">
                    <Link href={words.action.href} className="font-medium text-brand-800 underline underline-offset-2">{words.action.label}</Link>
                    {notification.readAt ? null : <MarkReadButton ids={[notification.id]} />}
                  </div>
                </article>
              </li>
            );
          })}
        </ol>
      )}
      <CursorPager path="/notifications" cursor={cursor} nextCursor={page.nextCursor} labels={{ newest: t("newest"), older: t("older") }} />
    </ClientMessages>
  );
}
