import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { CapacityDay } from "@/lib/data/capacity";

/**
 * The accessible form of the capacity chart: one row per working day,
 * totals only. Expected and free come first so that they stay in view on a
 * phone, where the rest of the table scrolls sideways.
 */
export async function CapacityTable({ caption, days, minGroup }: { caption: string; days: (CapacityDay & { heading: { weekday: string; date: string } })[]; minGroup: number }) {
  const t = await getTranslations("capacity");
  const numeric = "text-right tabular-nums";
  // A count held back in a small group (README "Small groups"): a dash, read out as "hidden".
  const shown = (count: number | null) =>
    count === null ? (
      <>
        <span aria-hidden="true">–</span>
        <span className="sr-only">{t("hidden")}</span>
      </>
    ) : (
      count
    );
  return (
    <Table caption={caption} scrollHint={t("scrollHint")}>
      <thead>
        <tr>
          <Th className="sticky left-0 z-10">{t("day")}</Th>
          <Th className={numeric}>{t("expected")}</Th>
          <Th className={numeric}>{t("free")}</Th>
          <Th className={numeric}>{t("capacity")}</Th>
          <Th className={numeric}>{t("optedOut")}</Th>
          <Th className={numeric}>{t("extra")}</Th>
          <Th className={numeric}>{t("waitlisted")}</Th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.date}>
            {/* The day stays in view while the numbers scroll sideways on a phone. */}
            <th scope="row" className="sticky left-0 border-b border-stone-100 bg-white px-2 py-2 text-left align-top font-normal sm:px-4">
              <span className="block font-medium capitalize">{day.heading.weekday}</span>{" "}
              <span className="block text-stone-600">{day.heading.date}</span>
              {day.status === "open" && day.free === 0 ? <Badge tone="warning">{t("full")}</Badge> : null}
              {day.suppressed ? <span className="block text-xs text-stone-600">{t("fewPeople", { min: minGroup })}</span> : null}
            </th>
            {day.status === "closed" ? (
              <td colSpan={6} className="border-b border-stone-100 px-4 py-2 align-top">
                <Badge tone="warning">{t("closed", { reason: day.closure ?? "" })}</Badge>
              </td>
            ) : (
              <>
                <Td className={`${numeric} font-medium`}>{shown(day.expected)}</Td>
                <Td className={numeric}>{shown(day.free)}</Td>
                <Td className={numeric}>{day.capacity}</Td>
                <Td className={numeric}>{shown(day.optedOut)}</Td>
                <Td className={numeric}>{shown(day.extra)}</Td>
                <Td className={numeric}>{shown(day.waitlisted)}</Td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
