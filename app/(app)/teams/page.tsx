import Link from "next/link";
import { Deferred } from "@/components/ui/deferred";
import { getTranslations } from "next-intl/server";
import { linkButton } from "@/components/forms/fields";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listTeamsForAdmin } from "@/lib/data/teams";

export async function generateMetadata() {
  return { title: (await getTranslations("teams"))("title") };
}

export default async function TeamsPage() {
  await requirePermission("teams:manage");
  return (
    <Deferred>
      <TeamsContent />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function TeamsContent() {
  const t = await getTranslations("teams");
  const teams = await listTeamsForAdmin();
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader title={t("title")} description={t("description")} />
        <Link href="/teams/new" className={linkButton}>{t("new")}</Link>
      </div>
      {teams.length === 0 ? (
        <EmptyState message={t("none")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("office")}</Th>
              <Th>{t("priority")}</Th>
              <Th>{t("leaders")}</Th>
              <Th>{t("members")}</Th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <Td>
                  <Link href={`/teams/${team.id}`} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">{team.name}</Link>
                </Td>
                <Td>{team.office.name}</Td>
                <Td>
                  <span className="flex flex-wrap gap-1">
                    {team.essential ? <Badge tone="brand">{t("essential")}</Badge> : null}
                    {team.servesHardHitCustomers ? <Badge tone="warning">{t("hardHit")}</Badge> : null}
                  </span>
                </Td>
                <Td>{team.leaders.map((leader) => `${leader.employee.givenName} ${leader.employee.familyName}`).join(", ") || <span className="text-stone-600">{t("noLeader")}</span>}</Td>
                <Td>{team._count.employees}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
