"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { formatShortDate } from "@/lib/i18n/dates";
import { toDbDate } from "@/lib/date-only";
import type { ChangePreview } from "@/lib/offices/change-preview";

/**
 * Before a change is saved: which coming days change (people expected and
 * capacity, before → after) and how many people that moves. Reused by every
 * change to seats, capacity, working days and closures.
 */
export function ChangePreviewPanel({ preview }: { preview: ChangePreview }) {
  const t = useTranslations("changePreview");
  const locale = useLocale() as Locale;
  const day = (date: string) => formatShortDate(toDbDate(date), locale);
  const totals = (status: string, expected: number, capacity: number) =>
    status === "open" ? t("expectedOf", { expected, capacity }) : t(status === "closed" ? "closed" : "notWorking");
  return (
    <section aria-labelledby="change-preview-title" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h3 id="change-preview-title" className="font-semibold text-stone-900">
        {t("title", { from: day(preview.from), to: day(preview.to) })}
      </h3>
      {preview.days.length === 0 ? (
        <p className="mt-1 text-stone-800">{t("noChange")}</p>
      ) : (
        <>
          <p className="mt-1 text-stone-800">
            {t("summary", { days: preview.days.length, people: preview.peopleMoved, gained: preview.daysGained, lost: preview.daysLost })}
          </p>
          <div tabIndex={0} role="region" aria-label={t("tableCaption")} className="mt-3 max-h-80 overflow-auto rounded-md border border-amber-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("tableCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="bg-stone-100 px-3 py-2 font-medium">{t("day")}</th>
                  <th scope="col" className="bg-stone-100 px-3 py-2 font-medium">{t("before")}</th>
                  <th scope="col" className="bg-stone-100 px-3 py-2 font-medium">{t("after")}</th>
                  <th scope="col" className="bg-stone-100 px-3 py-2 font-medium">{t("cut")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.days.map((change) => (
                  <tr key={change.date} className="border-t border-stone-100">
                    <th scope="row" className="px-3 py-1.5 font-medium">{day(change.date)}</th>
                    <td className="px-3 py-1.5">{totals(change.before.status, change.before.expected, change.before.capacity)}</td>
                    <td className="px-3 py-1.5">{totals(change.after.status, change.after.expected, change.after.capacity)}</td>
                    <td className="px-3 py-1.5">{t("cutValue", { before: change.before.cut, after: change.after.cut })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
