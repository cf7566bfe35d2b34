import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/forms/fields";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TeamForm } from "@/components/teams/team-form";
import { teamFormOptions } from "@/components/teams/team-form-props";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getTeamForAdmin } from "@/lib/data/teams";
import { AppError } from "@/lib/errors";

export async function generateMetadata() {
  return { title: (await getTranslations("teams"))("editTitle") };
}

export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("teams:manage");
  const { id } = await params;
  const t = await getTranslations("teams");
  const team = await getTeamForAdmin(id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const options = await teamFormOptions();
  const { id: teamId, members, name, officeId, essential, servesHardHitCustomers, leaderIds } = team;
  return (
    <ClientMessages namespaces={["teams", "formErrors"]}>
      <PageHeader title={name} description={t("membersCount", { count: members })} />
      <Card title={t("details")} id="team-details">
        <TeamForm key={JSON.stringify(team)} teamId={teamId} initial={{ name, officeId, essential, servesHardHitCustomers, leaderIds }} canDelete={members === 0} {...options} />
      </Card>
    </ClientMessages>
  );
}
