import { getLocale, getTranslations } from "next-intl/server";
import { ChangeNotices } from "@/components/plans/change-notices";
import { DayLoadBar } from "@/components/rotation/day-load";
import { ReasonText } from "@/components/rotation/reason-text";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { requirePermission } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/data/profile";
import { getOwnSchedule } from "@/lib/data/schedule";
import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDayHeading, formatLongDate } from "@/lib/i18n/dates";

export async function generateMetadata() {
  return { title: (await getTranslations("myDays"))("title") };
}

export default async function MyDaysPage() {
  const user = await requirePermission("days:own");
  const [t, locale, profile, schedule] = await Promise.all([
    getTranslations("myDays"),
    getLocale() as Promise<Locale>,
    getOwnProfile(user),
    getOwnSchedule(user, new Date()),
  ]);
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
        <section aria-labelledby="upcoming-title">
          <h2 id="upcoming-title" className="mb-3 text-lg font-semibold">{t("upcoming")}</h2>
          <ol className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white shadow-sm">
            {schedule.days.map((day) => {
              const heading = formatDayHeading(toDbDate(day.date), locale);
              const closed = day.load.status === "closed";
              return (
                <li key={day.date} className={`grid grid-cols-[1fr_auto] items-center gap-x-4 gap-y-2 px-4 py-3 md:grid-cols-[9rem_8rem_1fr_11rem] ${day.expected ? "bg-brand-50" : ""}`}>
                  <p>
                    <span className="block font-medium capitalize">{heading.weekday}</span>
                    <span className="block text-sm text-stone-600">{heading.date}</span>
                  </p>
                  <p>
                    <Badge tone={day.expected ? "brand" : closed ? "warning" : "neutral"}>
                      {day.expected ? t("inOffice") : closed ? t("closed") : t("home")}
                    </Badge>
                  </p>
                  <p className="col-span-2 text-sm text-stone-800 md:col-span-1">
                    <ReasonText reason={day.reason} />
                  </p>
                  <div className="col-span-2 md:col-span-1">
                    <DayLoadBar load={day.load} />
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ) : (
        <EmptyState message={t("noPlan")} />
      )}
    </>
  );
}
