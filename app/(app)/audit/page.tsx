import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueryErrors } from "@/components/ui/query-errors";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listAuditEntries } from "@/lib/data/audit";
import { parseListQuery } from "@/lib/validation/list-query";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("audit:view");
  const { query, errors } = parseListQuery(await searchParams);
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  const { entries, pageCount } = await listAuditEntries(query);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <QueryErrors errors={errors} />
      {entries.length === 0 ? (
        <EmptyState message={t("none")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("when")}</Th>
              <Th>{t("who")}</Th>
              <Th>{t("what")}</Th>
              <Th>{t("entity")}</Th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <Td>{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                <Td>{entry.actor ? `${entry.actor.givenName} ${entry.actor.familyName}` : t("system")}</Td>
                <Td>{entry.action}</Td>
                <Td>{entry.entityType}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.page} pageCount={pageCount} params={{}} />
    </>
  );
}
