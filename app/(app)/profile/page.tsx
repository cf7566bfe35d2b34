import { getLocale, getTranslations } from "next-intl/server";
import { Deferred } from "@/components/ui/deferred";
import type { CurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CalendarFeedPanel } from "@/components/profile/calendar-feed-panel";
import { CreateTokenForm } from "@/components/profile/create-token-form";
import { NotificationSettingsForm } from "@/components/profile/notification-settings-form";
import { DaySharingSection } from "@/components/profile/day-sharing-section";
import { RevokeTokenButton } from "@/components/profile/revoke-token-button";
import { SignOutEverywhereButton } from "@/components/profile/sign-out-everywhere-button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listOwnAccessTokens } from "@/lib/data/access-tokens";
import { getOwnCalendarFeed } from "@/lib/data/calendar-feed";
import { getOwnNotificationSettings } from "@/lib/data/own-notification-settings";
import { getOwnProfile } from "@/lib/data/profile";
import type { Locale } from "@/lib/i18n/config";
import { formatLongDate, formatLongDateIn, formatShortDateIn } from "@/lib/i18n/dates";
import { kindsReceivedBy } from "@/lib/notifications/settings";

export async function generateMetadata() {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const user = await requirePermission("profile:own");
  return (
    <Deferred>
      <ProfileContent user={user} />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function ProfileContent({ user }: { user: CurrentUser }) {
  const [t, tCommon, tFeed, tTokens, tSettings, locale, profile, feed, tokens, notificationSettings] = await Promise.all([
    getTranslations("profile"),
    getTranslations("common"),
    getTranslations("calendarFeed"),
    getTranslations("accessTokens"),
    getTranslations("notificationSettings"),
    getLocale() as Promise<Locale>,
    getOwnProfile(user),
    getOwnCalendarFeed(user),
    listOwnAccessTokens(user),
    getOwnNotificationSettings(user),
  ]);
  // Moments as the day they fell on in the person's office.
  const day = (instant: Date) => formatShortDateIn(instant, user.officeTimezone, locale);

  return (
    <ClientMessages namespaces={["profile", "calendarFeed", "accessTokens", "notificationSettings", "sharing"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <h2 className="sr-only">{t("details")}</h2>
      <SummaryList
        items={[
          { label: t("email"), value: <span className="break-all">{user.email}</span> },
          { label: t("office"), value: profile.office.name },
          { label: t("team"), value: profile.team?.name ?? t("noTeam") },
          { label: t("role"), value: tCommon(`roles.${user.role}`) },
          { label: t("startDate"), value: formatLongDate(profile.startDate, locale) },
        ]}
      />

      <section aria-labelledby="notification-settings-title" className="mb-8 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="notification-settings-title" className="text-lg font-semibold">{tSettings("title")}</h2>
        <p className="mb-4 mt-1 max-w-3xl text-stone-700">{tSettings("intro")}</p>
        <NotificationSettingsForm kinds={kindsReceivedBy(user.role)} initial={notificationSettings} />
      </section>
      <DaySharingSection user={user} hasTeam={profile.team !== null} />

      <section aria-labelledby="calendar-feed-title" className="mb-8 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="calendar-feed-title" className="text-lg font-semibold">{tFeed("title")}</h2>
        <p className="mb-4 mt-1 max-w-3xl text-stone-700">{tFeed("intro")}</p>
        <CalendarFeedPanel hasFeed={feed !== null} calendarName={tFeed("calendarName", { office: profile.office.name })} status={feed ? tFeed("activeSince", { date: formatLongDateIn(feed.createdAt, user.officeTimezone, locale) }) : tFeed("none")} />
      </section>

      <section aria-labelledby="tokens-title" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="tokens-title" className="text-lg font-semibold">{tTokens("title")}</h2>
        <p className="mt-1 max-w-3xl text-stone-700">
          {tTokens("intro")}{" "}
          <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline hover:text-brand-800">{tTokens("apiDocs")}</a>
        </p>
        <div className="my-4">
          <CreateTokenForm />
        </div>
        {tokens.length === 0 ? (
          <EmptyState message={tTokens("none")} />
        ) : (
          <Table caption={tTokens("caption")}>
            <thead>
              <tr>
                <Th>{tTokens("name")}</Th>
                <Th>{tTokens("prefix")}</Th>
                <Th>{tTokens("created")}</Th>
                <Th>{tTokens("lastUsed")}</Th>
                <Th>{tTokens("status")}</Th>
                <Th><span className="sr-only">{tTokens("actions")}</span></Th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <Td className="font-medium">{token.name}</Td>
                  <Td><code className="text-sm">{token.prefix}…</code></Td>
                  <Td className="whitespace-nowrap">{day(token.createdAt)}</Td>
                  <Td className="whitespace-nowrap">{token.lastUsedAt ? day(token.lastUsedAt) : tTokens("never")}</Td>
                  <Td>
                    {token.revokedAt ? <Badge>{tTokens("revoked", { date: day(token.revokedAt) })}</Badge> : <Badge tone="brand">{tTokens("active")}</Badge>}
                  </Td>
                  <Td>{token.revokedAt ? null : <RevokeTokenButton id={token.id} name={token.name} />}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="sessions-title" className="mt-8 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="sessions-title" className="text-lg font-semibold">{t("sessionsTitle")}</h2>
        <p className="mb-4 mt-1 max-w-3xl text-stone-700">{t("sessionsIntro")}</p>
        <SignOutEverywhereButton />
      </section>
    </ClientMessages>
  );
}
