import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DayChoiceButtons } from "@/components/my-days/day-choice-buttons";
import { seatBadge } from "@/components/my-days/seat-badge";
import { ColleagueList } from "@/components/my-days/colleague-list";
import { wordReason } from "@/components/rotation/reason-words";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getMyDays } from "@/lib/data/my-days";
import { getWhosIn } from "@/lib/data/sharing";
import { toDbDate } from "@/lib/date-only";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { formatLongDate } from "@/lib/i18n/dates";
import { dayPageParamsSchema } from "@/lib/validation/sharing";

export async function generateMetadata() {
  return { title: (await getTranslations("whosIn"))("title") };
}

/**
 * One day of the viewer's office: the colleagues who share their days with
 * the viewer and are expected, their team first, and the viewer's own day
 * with "Join them" (an extra day, by the usual seat rules) when teammates are in.
 */
export default async function WhosInDayPage({ params }: { params: Promise<{ date: string }> }) {
  const user = await requirePermission("days:own");
  const parsed = dayPageParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { date } = parsed.data;
  const clock = now();
  const [t, tBadge, tReasons, locale, seen] = await Promise.all([
    getTranslations("whosIn"),
    getTranslations("dayChoices.badge"),
    getTranslations("reasons"),
    getLocale() as Promise<Locale>,
    // A past day or one beyond a year ahead has no who's-in view: as if it did not exist.
    Promise.all([getWhosIn(user, user.officeId, clock, date), getMyDays(user, clock, { from: date, to: date })]).catch((error: unknown) => {
      if (error instanceof AppError && error.status < 500) notFound();
      throw error;
    }),
  ]);
  const [whosIn, schedule] = seen;
  const own = schedule.days[0];
  if (!own) notFound();
  const label = formatLongDate(toDbDate(date), locale);
  const team = whosIn.colleagues.filter((colleague) => colleague.teammate);
  const others = whosIn.colleagues.filter((colleague) => !colleague.teammate);
  const badge = seatBadge(own, tBadge);
  return (
    <ClientMessages namespaces={["dayChoices"]}>
      <p className="mb-4">
        <Link href="/" className="font-medium text-brand-800 underline hover:text-brand-900">{t("back")}</Link>
      </p>
      <PageHeader title={`${t("title")}: ${label}`} description={t("description", { day: label })} />
      <section aria-labelledby="own-day-title" className="mb-6 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="own-day-title" className="sr-only">{label}</h2>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{t("you")}</span>
            <Badge tone={badge.tone}>{badge.text}</Badge>
            <span className="text-sm text-stone-700">{wordReason(tReasons, locale, own.reason)}</span>
          </p>
          {own.choices.length > 0 ? (
            <DayChoiceButtons
              date={date}
              dayLabel={label}
              choices={own.choices}
              words={team.length > 0 ? { "request-extra": { button: t("join"), label: t("joinLabel", { day: label }) } } : {}}
            />
          ) : null}
        </div>
      </section>
      {whosIn.colleagues.length === 0 ? (
        <EmptyState message={t("none")} />
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          {team.length > 0 ? <ColleagueList id="team-title" title={t("team")} colleagues={team} /> : null}
          {others.length > 0 ? <ColleagueList id="others-title" title={t("others")} colleagues={others} /> : null}
        </div>
      )}
      <p className="mt-6 text-sm text-stone-700">
        <Link href="/profile#sharing-title" className="underline hover:text-stone-900">{t("howTo")}</Link>
      </p>
    </ClientMessages>
  );
}
