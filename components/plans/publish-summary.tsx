import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { weekdayName } from "@/lib/i18n/dates";
import type { WeekdayChange } from "@/lib/plans/weekday-changes";

/**
 * The publish screen's first block: what publishing does in a few numbers
 * (people whose days change, days over capacity, and per weekday the people
 * expected on an average day before → after), so HR can decide without
 * reading the per-person list below.
 */
export async function PublishSummary({ peopleChanged, overCapacityDays, weekdays }: { peopleChanged: number; overCapacityDays: number; weekdays: WeekdayChange[] }) {
  const [t, locale] = await Promise.all([getTranslations("planPublish"), getLocale() as Promise<Locale>]);
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-3" data-testid="publish-summary">
        <div className="rounded-md border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-700">{t("peopleChanged")}</dt>
          <dd className="text-2xl font-semibold">{peopleChanged}</dd>
        </div>
        <div className={`rounded-md border p-3 ${overCapacityDays > 0 ? "border-amber-300 bg-amber-50" : "border-emerald-300 bg-emerald-50"}`}>
          <dt className="text-sm text-stone-800">{t("overCapacityDays")}</dt>
          <dd className="text-2xl font-semibold">{overCapacityDays > 0 ? overCapacityDays : t("none")}</dd>
        </div>
      </dl>
      {overCapacityDays > 0 ? <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">{t("cuts", { days: overCapacityDays })}</p> : null}
      {weekdays.length > 0 ? (
        <>
        <p className="text-sm font-medium text-stone-800" aria-hidden="true">{t("weekdaysCaption")}</p>
        <Table caption={t("weekdaysCaption")}>
          <thead>
            <tr>
              <Th>{t("weekday")}</Th>
              <Th>{t("weekdayBefore")}</Th>
              <Th>{t("weekdayAfter")}</Th>
            </tr>
          </thead>
          <tbody>
            {weekdays.map((day) => (
              <tr key={day.weekday}>
                <th scope="row" className="border-b border-stone-100 px-4 py-2 text-left font-medium capitalize">{weekdayName(day.weekday, locale)}</th>
                <Td>{day.before}</Td>
                <Td className={day.after !== day.before ? "font-semibold" : ""}>
                  {day.after}
                  {day.after !== day.before ? <span className="sr-only"> ({t("changed")})</span> : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        </>
      ) : null}
    </div>
  );
}
