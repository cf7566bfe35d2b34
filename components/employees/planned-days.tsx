import { getLocale, getTranslations } from "next-intl/server";
import { aboutSomeone, wordReason } from "@/components/rotation/reason-words";
import { Badge } from "@/components/ui/badge";
import { PLANNED_DAYS_AHEAD, type PlannedDay } from "@/lib/data/employee-plan-days";
import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDayHeading } from "@/lib/i18n/dates";

/**
 * A person's coming days by the published plan, on HR's employee page: the
 * plan's decision and its reason only. The person's own choices are not in
 * the data (see getPlannedDays), so nothing here can reveal them.
 */
export async function PlannedDays({ days }: { days: PlannedDay[] }) {
  const [t, reasons, locale] = await Promise.all([getTranslations("employees"), getTranslations("reasons"), getLocale() as Promise<Locale>]);
  const planned = days.filter((day) => day.planned).length;
  return (
    <>
      <p className="mb-3 text-sm text-stone-700">{t("plannedDaysHint", { planned, weeks: PLANNED_DAYS_AHEAD / 7 })}</p>
      <ol className="divide-y divide-stone-100 text-sm" aria-label={t("plannedDaysTitle")}>
        {days.map((day) => {
          const heading = formatDayHeading(toDbDate(day.date), locale);
          return (
            <li key={day.date} data-testid="planned-day" className={`grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 px-2 py-1.5 sm:grid-cols-[12rem_6rem_1fr] ${day.planned ? "bg-brand-50" : ""}`}>
              <span><span className="capitalize">{heading.weekday}</span> <span className="text-stone-600">{heading.date}</span></span>
              <span><Badge tone={day.planned ? "brand" : "neutral"}>{day.planned ? t("plannedIn") : t("plannedHome")}</Badge></span>
              <span className="col-span-2 text-stone-800 sm:col-span-1">{wordReason(aboutSomeone(reasons), locale, day.reason)}</span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
