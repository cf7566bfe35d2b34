import { getISOWeek } from "date-fns";
import { getLocale, getTranslations } from "next-intl/server";
import { FiguresTable } from "@/components/trends/figures-table";
import { Picker } from "@/components/trends/picker";
import { QueryErrors } from "@/components/ui/query-errors";
import { HeatMap } from "@/components/trends/heat-map";
import { TrendsChart } from "@/components/trends/trends-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pickOffice } from "@/lib/offices/pick-office";
import { wordWaveName } from "@/components/rotation/reason-words";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { listOffices } from "@/lib/data/capacity";
import { getOfficeTrends, trendsAccess } from "@/lib/data/trends";
import { todayIn, toDbDate } from "@/lib/date-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { formatShortDate, weekdayName } from "@/lib/i18n/dates";
import type { GroupLabel, TrendFigures } from "@/lib/trends/report";
import { defaultTrendsRange, parseTrendsPageQuery, resolveTrendsRange } from "@/lib/validation/trends";

export async function generateMetadata() {
  return { title: (await getTranslations("trends"))("title") };
}

const percent = (value: number | null, locale: Locale) => (value === null ? "–" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value));

export default async function TrendsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("trends:view");
  const { query, errors } = parseTrendsPageQuery(await searchParams);
  const [t, tReasons, locale, allOffices] = await Promise.all([getTranslations("trends"), getTranslations("reasons"), getLocale() as Promise<Locale>, listOffices()]);
  // Leaders choose among their own office's teams; HR and admins among every office.
  const offices = can(user.role, "trends:office") ? allOffices : allOffices.filter((office) => office.id === user.officeId);
  const office = pickOffice(offices, query.office, user.officeId, errors);

  const today = todayIn(office.timezone, now());
  let range = resolveTrendsRange(today, { from: query.from, to: query.to });
  if ("problem" in range) {
    errors.push(range.problem);
    range = defaultTrendsRange(today);
  }
  const access = await trendsAccess(user, office.id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 403) return null;
    throw error;
  });
  let teamId = query.team ?? null;
  if (teamId && !access?.teams.some((team) => team.id === teamId)) {
    errors.push("teamUnknown");
    teamId = null;
  }
  const trends = access ? await getOfficeTrends(user, office.id, range.from, range.to, teamId) : null;
  const minGroup = env().PRIVACY_MIN_GROUP;
  const periodLabel = `${formatShortDate(toDbDate(range.from), locale)} – ${formatShortDate(toDbDate(range.to), locale)}`;
  const weekLabel = (monday: string) => t("weekLabel", { week: getISOWeek(toDbDate(monday)) });
  const whole = trends?.team === null;
  const download = (by: string, format: "csv" | "xlsx") =>
    `/api/v1/offices/${office.id}/trends?${new URLSearchParams({ from: range.from, to: range.to, by, format, ...(trends?.team ? { team: trends.team.id } : {}) })}`;
  const groupLabel = (label: GroupLabel, partition: "team" | "priority" | "wave") =>
    label.kind === "team"
      ? label.name
      : label.kind === "priority"
        ? t(`priorities.${label.priority}`)
        : label.kind === "wave"
          ? wordWaveName(tReasons, locale, label.number, label.name)
          : t(partition === "team" ? "noTeam" : partition === "wave" ? "noWave" : "noPriority");
  const summary = (total: TrendFigures) =>
    total.expected === null
      ? t("nothingShown")
      : t(whole ? "chartSummary" : "teamSummary", {
          days: total.openDays - total.heldBack,
          expected: total.expected,
          capacity: total.capacity ?? 0,
          utilization: percent(total.utilization, locale),
          planned: total.planned ?? 0,
          share: percent(total.stayHomeShare, locale),
          asked: total.extraAsked ?? 0,
          confirmed: total.extraConfirmed ?? 0,
          waiting: total.extraWaiting ?? 0,
        }) + (total.heldBack > 0 ? ` ${t("heldBackNote", { days: total.heldBack })}` : "");

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <QueryErrors errors={errors} keys="trends.errors" />

      <form action="/trends" className="mb-4 flex flex-wrap items-end gap-3">
        {offices.length > 1 ? (
          <Picker id="trends-office" name="office" label={t("office")} value={office.id} options={offices.map((candidate) => ({ value: candidate.id, label: candidate.name }))} />
        ) : (
          <input type="hidden" name="office" value={office.id} />
        )}
        {access ? (
          <Picker
            id="trends-team"
            name="team"
            label={t("team")}
            value={trends?.team?.id ?? ""}
            options={[...(access.office ? [{ value: "", label: t("wholeOffice") }] : []), ...access.teams.map((team) => ({ value: team.id, label: team.name }))]}
          />
        ) : null}
        <div>
          <label htmlFor="trends-from" className="block text-sm font-medium text-stone-800">{t("from")}</label>
          <input id="trends-from" type="date" name="from" defaultValue={range.from} className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2" />
        </div>
        <div>
          <label htmlFor="trends-to" className="block text-sm font-medium text-stone-800">{t("to")}</label>
          <input id="trends-to" type="date" name="to" defaultValue={range.to} className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2" />
        </div>
        <Picker id="trends-view" name="view" label={t("view")} value={query.view} options={[{ value: "week", label: t("viewWeek") }, { value: "weekday", label: t("viewWeekday") }]} />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{t("show")}</button>
      </form>

      {!trends ? (
        <EmptyState message={t("noTeams")} />
      ) : (
        <>
          <h2 className="mb-2 text-lg font-semibold">
            {trends.team
              ? t("teamHeading", { team: trends.team.name, office: office.name, from: formatShortDate(toDbDate(range.from), locale), to: formatShortDate(toDbDate(range.to), locale) })
              : t("heading", { office: office.name, from: formatShortDate(toDbDate(range.from), locale), to: formatShortDate(toDbDate(range.to), locale) })}
          </h2>
          <p className="mb-2 max-w-3xl text-sm text-stone-700">{t("expectedMeaning")}</p>
          <p className="mb-4 max-w-3xl text-sm text-stone-700">{t("privacy", { min: minGroup })}</p>

          <section aria-labelledby="trends-chart-title" className="mb-6 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <h3 id="trends-chart-title" className="font-medium">{t("chartTitle")}</h3>
            <p className="mb-3 text-sm text-stone-700">{summary(trends.series.total)}</p>
            <TrendsChart
              weeks={trends.series.weeks.map((week) => ({
                label: String(getISOWeek(toDbDate(week.week))),
                capacity: week.figures.capacity,
                planned: week.figures.planned,
                expected: week.figures.expected,
                stayedHome: week.figures.stayedHome,
              }))}
              labels={{ capacity: t("capacity"), planned: t("planned"), expected: t("expected"), stayedHome: t("stayedHome") }}
            />
          </section>

          {query.view === "weekday" ? (
            <section aria-labelledby="trends-heatmap-title" className="mb-6">
              <h3 id="trends-heatmap-title" className="mb-2 font-medium">{t("heatmapTitle")}</h3>
              <HeatMap
                caption={t("heatmapCaption", { measure: whole ? t("heatmapUtilization") : t("heatmapExpected"), period: periodLabel })}
                days={trends.series.days}
                weeks={trends.series.weeks.map((week) => ({ week: week.week, label: weekLabel(week.week) }))}
                measure={whole ? "utilization" : "expected"}
              />
              <div className="mt-4">
                <FiguresTable
                  caption={t("weekdaysCaption", { period: periodLabel })}
                  heading={t("weekday")}
                  office={whole}
                  rows={[
                    ...trends.series.weekdays.map((row) => ({ key: String(row.weekday), label: weekdayName(row.weekday, locale), figures: row.figures })),
                    { key: "total", label: t("total"), figures: trends.series.total },
                  ]}
                />
              </div>
            </section>
          ) : (
            <section className="mb-6">
              <FiguresTable
                caption={t("weeksCaption", { period: periodLabel })}
                heading={t("week")}
                office={whole}
                rows={[
                  ...trends.series.weeks.map((row) => ({ key: row.week, label: weekLabel(row.week), figures: row.figures })),
                  { key: "total", label: t("total"), figures: trends.series.total },
                ]}
              />
            </section>
          )}

          <section aria-labelledby="trends-download-title" className="mb-6">
            <h3 id="trends-download-title" className="mb-2 font-medium">{t("download")}</h3>
            <ul className="flex flex-wrap gap-2 text-sm">
              {[["week", t("viewWeek")], ["weekday", t("viewWeekday")], ...(trends.breakdowns ? [["team", t("byTeam")], ["priority", t("byPriority")], ["wave", t("byWave")]] : [])].map(([by, view]) => (
                <li key={by} className="flex flex-wrap gap-2">
                  {(["xlsx", "csv"] as const).map((format) => (
                    <a key={format} download className="inline-block rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium hover:bg-stone-100" href={download(by as string, format)}>
                      {t(format === "xlsx" ? "downloadXlsx" : "downloadCsv", { view: view as string })}
                    </a>
                  ))}
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm text-stone-700">{t("downloadNote")}</p>
          </section>

          {trends.breakdowns ? (
            <section aria-labelledby="trends-breakdown-title" className="mb-6 space-y-4">
              <h3 id="trends-breakdown-title" className="font-medium">{t("breakdownTitle")}</h3>
              {(["team", "priority", "wave"] as const).map((partition) => {
                const title = t(partition === "team" ? "byTeam" : partition === "priority" ? "byPriority" : "byWave");
                return (
                  <div key={partition}>
                    <h4 className="mb-2 text-sm font-semibold text-stone-800">{title}</h4>
                    <FiguresTable
                      caption={`${title}, ${periodLabel}`}
                      heading={t("group")}
                      office={false}
                      rows={(trends.breakdowns?.[partition] ?? []).map((row) => ({ key: row.key, label: groupLabel(row.label, partition), figures: row.figures }))}
                    />
                  </div>
                );
              })}
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
