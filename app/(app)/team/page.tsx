import { getLocale, getTranslations } from "next-intl/server";
import { Deferred } from "@/components/ui/deferred";
import type { CurrentUser } from "@/lib/auth/session";
import { DayLoadBar } from "@/components/rotation/day-load";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { getTeamSchedule } from "@/lib/data/schedule";
import { getOwnTeamSummary } from "@/lib/data/team";
import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDayHeading } from "@/lib/i18n/dates";
import { capacityPerDay } from "@/lib/offices/capacity";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";

export async function generateMetadata() {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage() {
  const user = await requirePermission("team:view");
  return (
    <Deferred>
      <TeamContent user={user} />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function TeamContent({ user }: { user: CurrentUser }) {
  const [t, tDays, locale, team, days] = await Promise.all([
    getTranslations("team"),
    getTranslations("myDays"),
    getLocale() as Promise<Locale>,
    getOwnTeamSummary(user),
    getTeamSchedule(user, now()),
  ]);
  if (!team || !days) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState message={t("noTeam")} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={team.name} description={t("description")} />
      <div className="mb-6 flex flex-wrap gap-2">
        {team.essential ? <Badge tone="brand">{t("essential")}</Badge> : null}
        {team.servesHardHitCustomers ? <Badge tone="warning">{t("servesHardHitCustomers")}</Badge> : null}
      </div>
      <SummaryList
        items={[
          { label: t("office"), value: team.office.name },
          { label: t("members"), value: team._count.employees },
          { label: t("capacity"), value: capacityPerDay(team.office) },
        ]}
      />
      <h2 className="mb-1 text-lg font-semibold">{t("days")}</h2>
      <p className="mb-3 text-sm text-stone-700">{t("privacy")}</p>
      <Table caption={t("days")}>
        <thead>
          <tr>
            <Th>{t("date")}</Th>
            <Th>{t("teamScheduled")}</Th>
            <Th>{t("officeLoad")}</Th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => {
            const heading = formatDayHeading(toDbDate(day.date), locale);
            return (
              <tr key={day.date}>
                <Td>
                  <span className="font-medium capitalize">{heading.weekday}</span> <span className="text-stone-600">{heading.date}</span>
                </Td>
                <Td>{day.status === "closed" ? <Badge tone="warning">{tDays("closed")}: {day.closure}</Badge> : day.teamScheduled}</Td>
                <Td>
                  <DayLoadBar status={day.status} load={day.load} minGroup={env().PRIVACY_MIN_GROUP} t={tDays} />
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}
