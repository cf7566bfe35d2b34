import { getTranslations } from "next-intl/server";
import { Card } from "@/components/forms/fields";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TeamForm } from "@/components/teams/team-form";
import { teamFormOptions } from "@/components/teams/team-form-props";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("teams"))("newTitle") };
}

export default async function NewTeamPage() {
  const user = await requirePermission("teams:manage");
  const t = await getTranslations("teams");
  const options = await teamFormOptions();
  return (
    <ClientMessages namespaces={["teams", "formErrors"]}>
      <PageHeader title={t("newTitle")} />
      <Card title={t("details")} id="team-details">
        <TeamForm initial={{ name: "", officeId: user.officeId, essential: false, servesHardHitCustomers: false, leaderIds: [] }} {...options} />
      </Card>
    </ClientMessages>
  );
}
