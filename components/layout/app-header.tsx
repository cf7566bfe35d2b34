import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { navItemsFor } from "@/lib/navigation";
import { countUnreadNotifications, newestUnreadNotification } from "@/lib/data/notifications";
import { describeNotification } from "@/lib/notifications/describe";
import type { Locale } from "@/lib/i18n/config";
import { env } from "@/lib/env";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NewNotificationAnnouncer } from "@/components/notifications/new-notification-announcer";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { HeaderMenu } from "./header-menu";
import { LocaleSwitcher } from "./locale-switcher";
import { NavLinks } from "./nav-links";

export async function AppHeader({ user }: { user: CurrentUser }) {
  const [t, tNav, tNotifications, unread, newest, locale] = await Promise.all([
    getTranslations("common"),
    getTranslations("nav"),
    getTranslations("notifications"),
    countUnreadNotifications(user),
    newestUnreadNotification(user),
    getLocale() as Promise<Locale>,
  ]);
  const announcement = newest ? tNotifications("announce", { title: describeNotification(newest, tNotifications, locale).title, count: unread }) : "";
  const items = navItemsFor(user.role).map((item) => ({ href: item.href, label: tNav(item.label) }));
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p className="text-lg font-semibold text-brand-800">{t("appName")}</p>
        {/* Outside the menu, which a phone folds away: a hidden live region is never read. */}
        <NewNotificationAnnouncer newestId={newest?.id ?? null} announcement={announcement} />
        <HeaderMenu label={t("menu")}>
          {/* On a phone the links come first in the open menu; from md up they sit in their own row below. */}
          <div className="md:hidden">
            <NavLinks items={items} label={tNav("label")} stacked />
          </div>
          <LocaleSwitcher />
          <NotificationBell unread={unread} />
          {/* Without a mail server the app keeps emails in its own mailbox: the demo shows them there. */}
          {env().SMTP_URL ? null : (
            <Link href="/mailbox" className="text-sm font-medium text-stone-700 underline-offset-2 hover:underline">{tNotifications("mailbox")}</Link>
          )}
          <p className="text-sm text-stone-700">
            <Link href="/profile" className="font-medium underline-offset-2 hover:underline">{user.name}</Link>{" "}
            <span className="text-stone-600">({t(`roles.${user.role}`)})</span>
          </p>
          <SignOutButton label={t("signOut")} />
        </HeaderMenu>
      </div>
      <div className="mx-auto hidden max-w-6xl px-4 pb-2 md:block">
        <NavLinks items={items} label={tNav("label")} />
      </div>
    </header>
  );
}
