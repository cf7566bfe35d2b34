import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MyDayList, type MyDayRow } from "@/components/my-days/my-day-list";
import { seatBadge } from "@/components/my-days/seat-badge";
import { StayHomePeriodForm } from "@/components/my-days/stay-home-period-form";
import { ChangeNotices } from "@/components/plans/change-notices";
import { loadWords } from "@/components/rotation/day-load";
import { wordReason } from "@/components/rotation/reason-words";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { requirePermission } from "@/lib/auth/session";
import { getMyDays } from "@/lib/data/my-days";
import { getOwnProfile } from "@/lib/data/profile";
import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDayHeading, formatLongDate } from "@/lib/i18n/dates";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";

export async function generateMetadata() {
  return { title: (await getTranslations("myDays"))("title") };
}

export default async function MyDaysPage() {
  const user = await requirePermission("days:own");
  const [t, tChoices, tBadge, tReasons, locale, profile, schedule] = await Promise.all([
    getTranslations("myDays"),
    getTranslations("dayChoices"),
    getTranslations("dayChoices.badge"),
    getTranslations("reasons"),
    getLocale() as Promise<Locale>,
    getOwnProfile(user),
    getMyDays(user, now()),
  ]);
  const minGroup = env().PRIVACY_MIN_GROUP;
  const rows = schedule.days
    .filter((day) => day.status !== "non-working")
    .map((day): MyDayRow => {
      const heading = formatDayHeading(toDbDate(day.date), locale);
      return {
        date: day.date,
        weekday: heading.weekday,
        shortDate: heading.date,
        label: formatLongDate(toDbDate(day.date), locale),
        office: day.status === "office",
        badge: seatBadge(day, tBadge),
        reason: wordReason(tReasons, locale, day.reason),
        notice: day.notice === "hr-change" ? tChoices("hrChange") : null,
        load: day.status === "closed" ? null : loadWords(day.totals, minGroup, t),
        waiting: day.totals.waitlisted ? tChoices("waiting", { count: day.totals.waitlisted }) : null,
        choices: day.choices,
      };
    });
  return (
    <ClientMessages namespaces={["dayChoices", "changeNotice"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <ChangeNotices user={user} />
      <SummaryList
        items={[
          { label: t("office"), value: profile.office.name },
          { label: t("team"), value: profile.team?.name ?? t("noTeam") },
          { label: t("startDate"), value: formatLongDate(profile.startDate, locale) },
        ]}
      />
      {schedule.hasPlan ? (
        <div className="space-y-6">
          <StayHomePeriodForm today={schedule.today} />
          <section aria-labelledby="upcoming-title">
            <h2 id="upcoming-title" className="mb-3 text-lg font-semibold">{t("upcoming")}</h2>
            <MyDayList rows={rows} />
          </section>
        </div>
      ) : (
        <EmptyState message={t("noPlan")} />
      )}
    </ClientMessages>
  );
}
