import { getLocale, getTranslations } from "next-intl/server";
import { DayChoiceButtons } from "@/components/my-days/day-choice-buttons";
import { SeatBadge } from "@/components/my-days/seat-badge";
import { StayHomePeriodForm } from "@/components/my-days/stay-home-period-form";
import { ChangeNotices } from "@/components/plans/change-notices";
import { DayLoadBar } from "@/components/rotation/day-load";
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
    getMyDays(user, new Date()),
  ]);
  const days = schedule.days.filter((day) => day.status !== "non-working");
  return (
    <>
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
            {/* One translator per list, not an async component per row: rows are what the page costs. */}
            <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm">
              {days.map((day) => {
                const heading = formatDayHeading(toDbDate(day.date), locale);
                const dayLabel = formatLongDate(toDbDate(day.date), locale);
                return (
                  <li
                    key={day.date}
                    aria-label={dayLabel}
                    className={`grid grid-cols-[1fr_auto] items-center gap-x-4 gap-y-2 px-4 py-3 md:grid-cols-[9rem_9rem_1fr_11rem_minmax(11rem,auto)] ${day.status === "office" ? "bg-brand-50" : ""}`}
                  >
                    <p>
                      <span className="block font-medium capitalize">{heading.weekday}</span>
                      <span className="block text-sm text-stone-600">{heading.date}</span>
                    </p>
                    <p>
                      <SeatBadge day={day} t={tBadge} />
                    </p>
                    <div className="col-span-2 text-sm text-stone-800 md:col-span-1">
                      <p>{wordReason(tReasons, locale, day.reason)}</p>
                      {day.notice === "hr-change" ? <p className="mt-1 font-medium text-amber-900">{tChoices("hrChange")}</p> : null}
                    </div>
                    <div className="col-span-2 md:col-span-1">
                      <DayLoadBar load={{ date: day.date, status: day.status === "closed" ? "closed" : "open", capacity: day.totals.capacity, expected: day.totals.expected, freeSeats: day.totals.free }} t={t} />
                      {day.totals.waitlisted > 0 ? <p className="text-xs text-stone-600">{tChoices("waiting", { count: day.totals.waitlisted })}</p> : null}
                    </div>
                    <div className="col-span-2 md:col-span-1">
                      {day.choices.length > 0 ? <DayChoiceButtons date={day.date} dayLabel={dayLabel} choices={day.choices} /> : null}
                    </div>
                  </li>
                );
              })}
            </ol>
          </section>
        </div>
      ) : (
        <EmptyState message={t("noPlan")} />
      )}
    </>
  );
}
