import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueryErrors } from "@/components/ui/query-errors";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { searchEmployees } from "@/lib/data/employees";
import type { Locale } from "@/lib/i18n/config";
import { formatShortDate } from "@/lib/i18n/dates";
import { parseListQuery } from "@/lib/validation/list-query";

export async function generateMetadata() {
  return { title: (await getTranslations("employees"))("title") };
}

export default async function EmployeesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("employees:manage");
  const { query, errors } = parseListQuery(await searchParams);
  const [t, tCommon, locale] = await Promise.all([getTranslations("employees"), getTranslations("common"), getLocale() as Promise<Locale>]);
  const { employees, total, pageCount } = await searchEmployees(query);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { total })} />
      <QueryErrors errors={errors} />
      <form role="search" className="mb-4 flex gap-2" action="/employees">
        <label htmlFor="employee-search" className="sr-only">{t("search")}</label>
        <input
          id="employee-search"
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          placeholder={t("searchPlaceholder")}
          className="w-full max-w-sm rounded-md border border-stone-300 bg-white px-3 py-2"
        />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("search")}
        </button>
      </form>
      {employees.length === 0 ? (
        <EmptyState message={t("none")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("email")}</Th>
              <Th>{t("office")}</Th>
              <Th>{t("team")}</Th>
              <Th>{t("role")}</Th>
              <Th>{t("startDate")}</Th>
            </tr>
          </thead>
          <tbody>
            {employees.map((employee) => (
              <tr key={employee.id}>
                <Td>
                  <span className="font-medium">{employee.familyName}, {employee.givenName}</span>{" "}
                  {employee.active ? null : <Badge tone="danger">{t("inactive")}</Badge>}
                </Td>
                <Td>{employee.email}</Td>
                <Td>{employee.office.name}</Td>
                <Td>{employee.team?.name ?? <span className="text-stone-600">{t("noTeam")}</span>}</Td>
                <Td><Badge tone={employee.role === "EMPLOYEE" ? "neutral" : "brand"}>{tCommon(`roles.${employee.role}`)}</Badge></Td>
                <Td>{formatShortDate(employee.startDate, locale)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={query.page} pageCount={pageCount} params={{ q: query.q }} />
    </>
  );
}
