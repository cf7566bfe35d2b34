"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDayHeading } from "@/lib/i18n/dates";
import type { PreviewDay } from "@/lib/plans/preview";

/**
 * Per day: people expected after cuts against the seats, people planned
 * before cuts, the cut, and the published plan's planned count. Totals only,
 * from planned demand (no opt-outs), so also safe to show a team's leader.
 */
export function PreviewTotals({ days: allDays, overCapacityDays, children, titleId = "preview-title", Heading = "h2" }: {
  days: readonly PreviewDay[];
  overCapacityDays: number;
  children?: ReactNode;
  /** Several previews on one page (a leader of two teams) need their own ids and may sit under an h2. */
  titleId?: string;
  Heading?: "h2" | "h3";
}) {
  const t = useTranslations("planPreview");
  const locale = useLocale() as Locale;
  const days = allDays.filter((day) => day.status !== "non-working");
  return (
    <section aria-labelledby={titleId} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <Heading id={titleId} className="text-lg font-semibold">{t("title")}</Heading>
      <p className="mt-1 text-sm text-stone-600">{t("description", { weeks: Math.round(allDays.length / 7) })}</p>
      <p role="status" aria-live="polite" data-testid="preview-summary"
        className={`mt-3 rounded-md border p-2 text-sm font-medium ${overCapacityDays > 0 ? "border-amber-300 bg-amber-50 text-amber-950" : "border-emerald-300 bg-emerald-50 text-emerald-950"}`}>
        {overCapacityDays > 0 ? t("overCapacity", { days: overCapacityDays }) : t("withinCapacity")}
      </p>
      <ol className="mt-3 divide-y divide-stone-100" aria-label={t("daysLabel")}>
        {days.map((day) => {
          const heading = formatDayHeading(toDbDate(day.date), locale);
          const share = day.capacity === 0 ? 0 : Math.min(1, day.planned / day.capacity);
          return (
            <li key={day.date} className="grid grid-cols-[7rem_1fr] items-center gap-x-3 gap-y-1 py-1.5 text-sm" data-testid="preview-day">
              <span><span className="capitalize">{heading.weekday}</span> <span className="text-stone-600">{heading.date}</span></span>
              {day.status === "closed" ? (
                <span><Badge tone="warning">{t("closed")}</Badge></span>
              ) : (
                <span className="space-y-1">
                  {/* Each number says what it counts: "58" alone on a 30-seat day reads as 58 people in the office. */}
                  <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="font-medium" data-testid="preview-expected">{t("expectedOfCapacity", { expected: day.expected, capacity: day.capacity })}</span>
                    {day.cut > 0 ? <Badge tone="danger">{t("cut", { cut: day.cut })}</Badge> : null}
                  </span>
                  <span className="flex flex-wrap gap-x-3 text-xs text-stone-700">
                    <span data-testid="preview-planned">{t("planned", { planned: day.planned })}</span>
                    {day.planned !== day.plannedBefore ? <span>{t("before", { planned: day.plannedBefore })}</span> : null}
                  </span>
                  <span aria-hidden="true" className="block h-1.5 w-full overflow-hidden rounded-full bg-stone-200">
                    <span className={`block h-full rounded-full ${day.cut > 0 ? "bg-red-600" : "bg-brand-600"}`} style={{ width: `${Math.round(share * 100)}%` }} />
                  </span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {children}
    </section>
  );
}
