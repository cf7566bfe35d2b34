import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getOwnTeamSummary } from "@/lib/data/team";
import { capacityPerDay } from "@/lib/offices/capacity";

export async function generateMetadata() {
  return { title: (await getTranslations("team"))("title") };
}

export default async function TeamPage() {
  const user = await requirePermission("team:view");
  const [t, team] = await Promise.all([getTranslations("team"), getOwnTeamSummary(user)]);
  if (!team) {
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
      <dl className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:grid-cols-3">
        <div>
          <dt className="text-sm text-stone-600">{t("office")}</dt>
          <dd className="font-medium">{team.office.name}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">{t("members")}</dt>
          <dd className="font-medium">{team._count.employees}</dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">{t("capacity")}</dt>
          <dd className="font-medium">{capacityPerDay(team.office)}</dd>
        </div>
      </dl>
    </>
  );
}
