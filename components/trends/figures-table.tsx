import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import type { TrendFigures } from "@/lib/trends/report";
import { FIGURE_COLUMNS } from "@/lib/trends/rows";

export interface FiguresRow {
  key: string;
  label: string;
  figures: TrendFigures;
}

type Column = (typeof FIGURE_COLUMNS)[number];
const RATIOS: readonly Column[] = ["stayHomeShare", "utilization"];

/** A figure in the reader's language: a share as a percentage; a held-back one as a dash read out as "hidden". */
export function FigureCell({ value, ratio, hidden, locale }: { value: number | null; ratio: boolean; hidden: string; locale: Locale }) {
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="sr-only">{hidden}</span>
      </>
    );
  }
  return <>{ratio ? new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value) : new Intl.NumberFormat(locale).format(value)}</>;
}

/**
 * Trends as a table, the accessible form of the chart: one row per week,
 * weekday or group. `office`: the whole office, with seats and utilization.
 */
export async function FiguresTable({ caption, heading, rows, office }: { caption: string; heading: string; rows: FiguresRow[]; office: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("trends"), getLocale() as Promise<Locale>]);
  const columns = FIGURE_COLUMNS.filter((column) => column !== "openDays" && (office || (column !== "capacity" && column !== "utilization")));
  return (
    <Table caption={caption} scrollHint={t("scrollHint")}>
      <thead>
        <tr>
          <Th className="sticky left-0 z-10">{heading}</Th>
          {columns.map((column) => (
            <Th key={column} className="text-right">{t(column)}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="sticky left-0 border-b border-stone-100 bg-white px-2 py-2 text-left font-medium sm:px-4">{row.label}</th>
            {columns.map((column) => (
              <Td key={column} className="text-right tabular-nums">
                <FigureCell value={row.figures[column]} ratio={RATIOS.includes(column)} hidden={t("hidden")} locale={locale} />
              </Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
