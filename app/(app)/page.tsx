import { getLocale, getTranslations } from "next-intl/server";
import { Deferred } from "@/components/ui/deferred";
import type { CurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MyDayList, type MyDayRow } from "@/components/my-days/my-day-list";
import { MyDayMonth } from "@/components/my-days/my-day-month";
import { ViewSwitch } from "@/components/my-days/view-switch";
import { seatBadge } from "@/components/my-days/seat-badge";
import { StayHomePeriodForm } from "@/components/my-days/stay-home-period-form";
import { colleagueLine, SHOWN_NAMES } from "@/components/my-days/colleagues-link";
import { ChangeNotices } from "@/components/plans/change-notices";
import { loadWords } from "@/components/rotation/day-load";
import { wordReason } from "@/components/rotation/reason-words";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryErrors } from "@/components/ui/query-errors";
import { SummaryList } from "@/components/ui/summary-list";
import { requirePermission } from "@/lib/auth/session";
import { getMyDays } from "@/lib/data/my-days";
import { getOwnProfile } from "@/lib/data/profile";
import { whosInDays } from "@/lib/data/sharing";
import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDayHeading, formatLongDate, formatMonth, weekdayName } from "@/lib/i18n/dates";
import { groupByIsoWeek, monthGrids } from "@/lib/calendar/day-layout";
import { parseMyDaysPageQuery } from "@/lib/validation/my-days";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";

export async function generateMetadata() {
  return { title: (await getTranslations("myDays"))("title") };
}

export default async function MyDaysPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("days:own");
  return (
    <Deferred>
      <MyDaysContent user={user} {...props} />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function MyDaysContent({ searchParams, user }: { searchParams: Promise<Record<string, string | string[] | undefined>> } & { user: CurrentUser }) {
  const { view, errors } = parseMyDaysPageQuery(await searchParams);
  const [t, tChoices, tBadge, tReasons, tWhosIn, locale, profile, schedule] = await Promise.all([
    getTranslations("myDays"),
    getTranslations("dayChoices"),
    getTranslations("dayChoices.badge"),
    getTranslations("reasons"),
    getTranslations("whosIn"),
    getLocale() as Promise<Locale>,
    getOwnProfile(user),
    getMyDays(user, now()),
  ]);
  const minGroup = env().PRIVACY_MIN_GROUP;
  // Colleagues who share with the viewer, per day: the engine's result just read is a cache hit.
  const colleagues = new Map((await whosInDays(user, schedule.from, schedule.to, SHOWN_NAMES)).map((day) => [day.date, day]));
  const rows = schedule.days
    .filter((day) => day.status !== "non-working")
    .map((day): MyDayRow => {
      const heading = formatDayHeading(toDbDate(day.date), locale);
      const label = formatLongDate(toDbDate(day.date), locale);
      const sharing = colleagues.get(day.date);
      return {
        date: day.date,
        weekday: heading.weekday,
        shortDate: heading.date,
        label,
        office: day.status === "office",
        badge: seatBadge(day, tBadge),
        reason: wordReason(tReasons, locale, day.reason),
        notice: day.notice === "hr-change" ? tChoices("hrChange") : null,
        load: day.status === "closed" ? null : loadWords(day.totals, minGroup, t),
        waiting: day.totals.waitlisted ? tChoices("waiting", { count: day.totals.waitlisted }) : null,
        choices: day.choices,
        colleagues: sharing ? colleagueLine(sharing, label, tWhosIn) : null,
      };
    });
  // Only the chosen view is laid out and sent: the page's payload stays one list of days.
  const days =
    view === "month" ? (
      <MyDayMonth
        months={monthGrids(rows).map((grid) => ({
          month: grid.month,
          caption: t("monthCaption", { month: formatMonth(toDbDate(`${grid.month}-01`), locale) }),
          columns: grid.weekdays.map((weekday) => weekdayName(weekday, locale)),
          weeks: grid.weeks,
        }))}
      />
    ) : (
      <MyDayList weeks={groupByIsoWeek(rows).map((group) => ({ heading: t("week", { week: group.week }), rows: group.items }))} />
    );
  return (
    <ClientMessages namespaces={["dayChoices", "changeNotice"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <QueryErrors errors={errors} />
      <ChangeNotices user={user} />
      {schedule.hasPlan ? (
        // The days come first, so a phone's first screen shows one; the period form is one tap away.
        <div className="space-y-6">
          <section aria-labelledby="upcoming-title">
            <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
              <h2 id="upcoming-title" className="text-lg font-semibold">{t("upcoming")}</h2>
              <ViewSwitch view={view} label={t("views")} names={{ list: t("viewList"), month: t("viewMonth") }} />
            </div>
            <StayHomePeriodForm today={schedule.today} />
            <div className="mt-4">{days}</div>
          </section>
        </div>
      ) : (
        <EmptyState message={t("noPlan")} />
      )}
      <section aria-labelledby="about-title" className="mt-8">
        <h2 id="about-title" className="mb-2 text-lg font-semibold">{t("aboutYou")}</h2>
        <SummaryList
          items={[
            { label: t("office"), value: profile.office.name },
            { label: t("team"), value: profile.team?.name ?? t("noTeam") },
            { label: t("startDate"), value: formatLongDate(profile.startDate, locale) },
          ]}
        />
      </section>
    </ClientMessages>
  );
}
