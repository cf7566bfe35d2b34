import { getLocale, getTranslations } from "next-intl/server";
import { Deferred } from "@/components/ui/deferred";
import type { CurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { TeamDaysForm } from "@/components/plans/team-days-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { nextMonday } from "@/lib/data/plans";
import { listOwnTeamProposals } from "@/lib/data/team-proposals";
import { now } from "@/lib/clock";
import { todayIn, toDbDate } from "@/lib/date-only";
import { intlTags, type Locale } from "@/lib/i18n/config";
import { formatLongDate, formatLongDateIn, weekdayName } from "@/lib/i18n/dates";
import type { TeamDaysProposal } from "@/lib/plans/team-days";

export async function generateMetadata() {
  return { title: (await getTranslations("teamDays"))("title") };
}

export default async function TeamDaysPage() {
  const user = await requirePermission("team:propose");
  return (
    <Deferred>
      <TeamDaysContent user={user} />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function TeamDaysContent({ user }: { user: CurrentUser }) {
  const [t, locale, teams] = await Promise.all([getTranslations("teamDays"), getLocale() as Promise<Locale>, listOwnTeamProposals(user)]);
  const today = todayIn(user.officeTimezone, now());
  const describe = (days: TeamDaysProposal | null) => {
    if (!days) return t("noTeamDays");
    const names = new Intl.ListFormat(intlTags[locale], { type: "conjunction" }).format(days.weekdays.map((day) => weekdayName(day, locale)));
    return days.weeksInCycle > 1 ? t("daysInCycle", { days: names, week: days.weekOfCycle, weeks: days.weeksInCycle }) : names;
  };
  return (
    <ClientMessages namespaces={["teamDays", "planPreview"]}>
      <PageHeader title={t("title")} description={t("description")} />
      {teams.length === 0 ? <EmptyState message={t("noTeams")} /> : null}
      <div className="space-y-6">
        {teams.map((team) => {
          const open = team.proposals.find((proposal) => proposal.status === "DRAFT");
          const days = open?.days ?? team.currentDays ?? { weekdays: [], weeksInCycle: 1, weekOfCycle: 1 };
          // An open draft keeps its chosen start while it is still ahead; otherwise next Monday.
          const effectiveFrom = open && open.effectiveFrom >= today ? open.effectiveFrom : nextMonday(today);
          return (
            <section key={team.id} aria-labelledby={`team-${team.id}-title`} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <h2 id={`team-${team.id}-title`} className="text-lg font-semibold">{t("teamTitle", { team: team.name, office: team.office })}</h2>
              {!team.hasPlan ? (
                <p className="mt-2 text-sm text-stone-700">{t("noPlan")}</p>
              ) : (
                <>
                  <p className="mt-1 text-sm text-stone-700">{t("current", { days: describe(team.currentDays) })}</p>
                  {!team.currentDays ? <p className="mt-1 text-sm text-stone-600">{t("newWaveHint")}</p> : null}
                  {team.members === 0 ? <p className="mt-1 text-sm text-stone-600" data-testid="empty-team">{t("emptyTeam", { team: team.name })}</p> : null}
                  <div className="mt-3">
                    <TeamDaysForm teamId={team.id} teamName={team.name} workingWeekdays={team.workingWeekdays} initial={{ ...days, effectiveFrom }} today={today} />
                  </div>
                </>
              )}
              {team.proposals.length > 0 ? (
                <div className="mt-4 border-t border-stone-200 pt-3">
                  <h3 className="text-base font-semibold">{t("proposals")}</h3>
                  <ul className="mt-2 space-y-2">
                    {team.proposals.map((proposal) => (
                      <li key={proposal.id} className="text-sm" data-testid="team-proposal">
                        <span className="flex flex-wrap items-center gap-2">
                          <PlanStatusBadge status={proposal.status} />
                          <span>{describe(proposal.days)}</span>
                          <span>{t("startsOn", { date: formatLongDate(toDbDate(proposal.effectiveFrom), locale) })}</span>
                          <span className="text-stone-600">{t("sentOn", { date: formatLongDateIn(proposal.createdAt, user.officeTimezone, locale) })}</span>
                        </span>
                        {proposal.reviewComment ? <span className="mt-1 block text-stone-800">{t("hrComment", { comment: proposal.reviewComment })}</span> : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </section>
          );
        })}
      </div>
    </ClientMessages>
  );
}
