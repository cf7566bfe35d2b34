import Link from "next/link";
import { Deferred } from "@/components/ui/deferred";
import type { CurrentUser } from "@/lib/auth/session";
import Form from "next/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { getLocale, getTranslations } from "next-intl/server";
import { CapacityChart } from "@/components/capacity/capacity-chart";
import { CapacityTable } from "@/components/capacity/capacity-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pickOffice } from "@/lib/offices/pick-office";
import { requirePermission } from "@/lib/auth/session";
import { periodAround } from "@/lib/capacity/period";
import { getOfficeCapacity, listOffices, officeSetupGap } from "@/lib/data/capacity";
import { todayIn, toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDayHeading, formatLongDate, formatMonth, formatShortDate, formatShortDay } from "@/lib/i18n/dates";
import { parseCapacityPageQuery } from "@/lib/validation/capacity";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";

export async function generateMetadata() {
  return { title: (await getTranslations("capacity"))("title") };
}

export default async function CapacityPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("capacity:view");
  return (
    <Deferred>
      <CapacityContent user={user} {...props} />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function CapacityContent({ searchParams, user }: { searchParams: Promise<Record<string, string | string[] | undefined>> } & { user: CurrentUser }) {
  const { query, errors } = parseCapacityPageQuery(await searchParams);
  const [t, locale, offices] = await Promise.all([getTranslations("capacity"), getLocale() as Promise<Locale>, listOffices()]);
  const office = pickOffice(offices, query.office, user.officeId, errors);

  const today = todayIn(office.timezone, now());
  const period = periodAround(query.view, query.date ?? today);
  const current = periodAround(query.view, today);
  const { days } = await getOfficeCapacity(office.id, period.from, period.to);
  const gap = await officeSetupGap(office.id, period.from, period.to);
  const workingDays = days.filter((day) => day.status !== "non-working");
  const openDays = workingDays.filter((day) => day.status === "open");
  // Days whose counts are held back (README "Small groups") take no part in the averages either.
  const shownDays = openDays.flatMap((day) => (day.expected === null ? [] : [{ ...day, expected: day.expected }]));
  const minGroup = env().PRIVACY_MIN_GROUP;

  const periodLabel =
    period.view === "week"
      ? t("weekLabel", { week: period.week ?? 0, from: formatShortDate(toDbDate(period.from), locale), to: formatShortDate(toDbDate(period.to), locale) })
      : formatMonth(toDbDate(period.from), locale);
  const fullest = shownDays.reduce<(typeof shownDays)[number] | null>((best, day) => (!best || day.expected > best.expected ? day : best), null);
  const hiddenNote = shownDays.length < openDays.length ? ` ${t("summaryHidden", { days: openDays.length - shownDays.length, min: minGroup })}` : "";
  const summary = fullest
    ? t("summary", {
        open: shownDays.length,
        average: Math.round(shownDays.reduce((sum, day) => sum + day.expected, 0) / shownDays.length),
        capacity: office.capacityPerDay,
        fullest: formatLongDate(toDbDate(fullest.date), locale),
        expected: fullest.expected,
      }) + hiddenNote
    : openDays.length > 0
      ? t("summaryHidden", { days: openDays.length, min: minGroup })
      : t("summaryNoOpen");
  const href = (date: string) => `/capacity?${new URLSearchParams({ office: office.id, view: period.view, date })}`;
  const isWeek = period.view === "week";

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {errors.length > 0 ? (
        <div role="alert" className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          {errors.map((key) => (
            <p key={key}>{t(`errors.${key as "officeInvalid"}`)}</p>
          ))}
        </div>
      ) : null}

      <Form action="/capacity" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="capacity-office" className="block text-sm font-medium text-stone-800">{t("office")}</label>
          <select id="capacity-office" name="office" defaultValue={office.id} className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2">
            {offices.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>{candidate.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="capacity-view" className="block text-sm font-medium text-stone-800">{t("view")}</label>
          <select id="capacity-view" name="view" defaultValue={period.view} className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2">
            <option value="week">{t("week")}</option>
            <option value="month">{t("month")}</option>
          </select>
        </div>
        <input type="hidden" name="date" value={period.from} />
        <SubmitButton className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{t("show")}</SubmitButton>
      </Form>

      <nav aria-label={t("periodNavigation")} className="mb-6 flex flex-wrap items-center gap-2">
        <Link href={href(period.previous)} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100">
          <span aria-hidden="true">← </span>{isWeek ? t("previousWeek") : t("previousMonth")}
        </Link>
        {current.from !== period.from ? (
          <Link href={href(today)} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100">
            {isWeek ? t("thisWeek") : t("thisMonth")}
          </Link>
        ) : null}
        <Link href={href(period.next)} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100">
          {isWeek ? t("nextWeek") : t("nextMonth")}<span aria-hidden="true"> →</span>
        </Link>
      </nav>

      <h2 className="mb-3 text-lg font-semibold first-letter:uppercase">
        {office.name}: {periodLabel}
      </h2>
      {gap ? (
        <EmptyState message={t(gap, { office: office.name })} />
      ) : workingDays.length === 0 ? (
        <EmptyState message={t("noWorkingDays")} />
      ) : (
        <>
          <section aria-labelledby="capacity-chart-title" className="mb-6 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <h3 id="capacity-chart-title" className="font-medium">{t("chartTitle")}</h3>
            <p className="mb-3 text-sm text-stone-700">{summary}</p>
            <CapacityChart
              capacity={office.capacityPerDay}
              days={workingDays.map((day) => ({
                label: formatShortDay(toDbDate(day.date), locale),
                // A day whose counts are held back draws no bars.
                plannedIn: (day.expected ?? 0) - (day.extra ?? 0),
                extra: day.extra ?? 0,
                optedOut: day.optedOut ?? 0,
                waitlisted: day.waitlisted ?? 0,
              }))}
              labels={{ plannedIn: t("plannedIn"), extra: t("extra"), optedOut: t("optedOut"), waitlisted: t("waitlisted"), capacity: t("capacity") }}
            />
          </section>
          <p className="mb-3 text-sm text-stone-700">{t("privacy", { min: minGroup })}</p>
          <CapacityTable
            caption={t("tableCaption", { period: periodLabel })}
            days={workingDays.map((day) => ({ ...day, heading: formatDayHeading(toDbDate(day.date), locale) }))}
            minGroup={minGroup}
          />
        </>
      )}
    </>
  );
}
