import { getLocale, getTranslations } from "next-intl/server";
import { Table, Th } from "@/components/ui/table";
import type { Locale } from "@/lib/i18n/config";
import { weekdayName } from "@/lib/i18n/dates";
import type { TrendDay } from "@/lib/trends/report";
import { FigureCell } from "./figures-table";

/** Five shades from light to dark, each with text that keeps its contrast. */
const SHADES = ["bg-brand-50 text-stone-900", "bg-brand-100 text-stone-900", "bg-emerald-300 text-stone-900", "bg-brand-600 text-white", "bg-brand-800 text-white"];

/**
 * The weekday x week heat map as a table (rows: weekdays, columns: weeks),
 * each cell with its figure in words as well as its shade, so it reads the
 * same without colour. `measure`: utilization for the office (shade by
 * share of seats), expected people for a team (shade relative to the most).
 */
export async function HeatMap({ caption, days, weeks, measure }: { caption: string; days: TrendDay[]; weeks: { week: string; label: string }[]; measure: "utilization" | "expected" }) {
  const [t, locale] = await Promise.all([getTranslations("trends"), getLocale() as Promise<Locale>]);
  const weekdays = [...new Set(days.map((day) => day.weekday))].sort((a, b) => a - b);
  const cell = new Map(days.map((day) => [`${day.week}|${day.weekday}`, day]));
  const most = Math.max(1, ...days.map((day) => day.figures.expected ?? 0));
  const shade = (value: number | null) => {
    if (value === null) return "bg-stone-100 text-stone-700";
    const fraction = measure === "utilization" ? value : value / most;
    return SHADES[Math.min(SHADES.length - 1, Math.floor(Math.max(0, fraction) * SHADES.length))] as string;
  };
  return (
    <Table caption={caption} scrollHint={t("scrollHint")}>
      <thead>
        <tr>
          <Th className="sticky left-0 z-10">{t("weekday")}</Th>
          {weeks.map((week) => (
            <Th key={week.week} className="text-center">{week.label}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weekdays.map((weekday) => (
          <tr key={weekday}>
            <th scope="row" className="sticky left-0 border-b border-stone-100 bg-white px-2 py-2 text-left font-medium sm:px-4">{weekdayName(weekday, locale, "short")}</th>
            {weeks.map((week) => {
              const day = cell.get(`${week.week}|${weekday}`);
              const value = day ? day.figures[measure] : null;
              return (
                <td key={week.week} className={`border border-white px-2 py-2 text-center tabular-nums ${day?.status === "closed" ? "bg-stone-50 text-stone-700" : shade(value)}`}>
                  {!day ? "" : day.status === "closed" ? t("closed") : <FigureCell value={value} ratio={measure === "utilization"} hidden={t("hidden")} locale={locale} />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
