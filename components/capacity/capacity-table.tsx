import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { CapacityDay } from "@/lib/data/capacity";

/** The accessible form of the capacity chart: one row per working day, totals only. */
export async function CapacityTable({ caption, days }: { caption: string; days: (CapacityDay & { heading: { weekday: string; date: string } })[] }) {
  const t = await getTranslations("capacity");
  const numeric = "text-right tabular-nums";
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("day")}</Th>
          <Th>{t("status")}</Th>
          <Th className={numeric}>{t("capacity")}</Th>
          <Th className={numeric}>{t("expected")}</Th>
          <Th className={numeric}>{t("optedOut")}</Th>
          <Th className={numeric}>{t("extra")}</Th>
          <Th className={numeric}>{t("waitlisted")}</Th>
          <Th className={numeric}>{t("free")}</Th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.date}>
            <th scope="row" className="whitespace-nowrap border-b border-stone-100 px-4 py-2 text-left align-top font-normal">
              <span className="font-medium capitalize">{day.heading.weekday}</span> <span className="text-stone-600">{day.heading.date}</span>
            </th>
            {day.status === "closed" ? (
              <td colSpan={7} className="border-b border-stone-100 px-4 py-2">
                <Badge tone="warning">{t("closed", { reason: day.closure ?? "" })}</Badge>
              </td>
            ) : (
              <>
                <Td>{day.free === 0 ? <Badge tone="warning">{t("full")}</Badge> : <Badge tone="brand">{t("open")}</Badge>}</Td>
                <Td className={numeric}>{day.capacity}</Td>
                <Td className={numeric}>{day.expected}</Td>
                <Td className={numeric}>{day.optedOut}</Td>
                <Td className={numeric}>{day.extra}</Td>
                <Td className={numeric}>{day.waitlisted}</Td>
                <Td className={numeric}>{day.free}</Td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
