import Link from "next/link";
import { Deferred } from "@/components/ui/deferred";
import Form from "next/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { getLocale, getTranslations } from "next-intl/server";
import { inputClass, linkButton, secondaryButton } from "@/components/forms/fields";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueryErrors } from "@/components/ui/query-errors";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { searchEmployees } from "@/lib/data/employees";
import { listOfficeOptions } from "@/lib/data/offices";
import type { Locale } from "@/lib/i18n/config";
import { formatShortDate } from "@/lib/i18n/dates";
import { parseEmployeeListQuery, type EmployeeListQuery } from "@/lib/validation/employees";

export async function generateMetadata() {
  return { title: (await getTranslations("employees"))("title") };
}

export default async function EmployeesPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("employees:manage");
  return (
    <Deferred>
      <EmployeesContent {...props} />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function EmployeesContent({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { query, errors } = parseEmployeeListQuery(await searchParams);
  const [t, tCommon, locale] = await Promise.all([getTranslations("employees"), getTranslations("common"), getLocale() as Promise<Locale>]);
  const [{ employees, total, pageCount }, offices] = await Promise.all([searchEmployees(query), listOfficeOptions()]);
  const params = { q: query.q, sort: query.sort, dir: query.dir, status: query.status, office: query.office };
  const sortLink = (sort: EmployeeListQuery["sort"]) => {
    const dir = query.sort === sort && query.dir === "asc" ? "desc" : "asc";
    const search = new URLSearchParams(Object.entries({ ...params, sort, dir }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return `?${search.toString()}`;
  };
  const sortable = (sort: EmployeeListQuery["sort"], label: string) => (
    // relative: keeps the visually hidden text inside the scrolling table (else it widens the page on phones).
    <Th className="relative whitespace-nowrap" sort={query.sort === sort ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
        <Link href={sortLink(sort)} className="underline-offset-2 hover:underline">
          {label}
          {query.sort === sort ? <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span> : null}
          <span className="sr-only">{query.sort === sort ? ` (${t(query.dir === "asc" ? "sortedAsc" : "sortedDesc")})` : ` (${t("sortBy")})`}</span>
        </Link>
    </Th>
  );
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <PageHeader title={t("title")} description={t("description", { total })} />
        <div className="flex flex-wrap gap-2">
          <Link href="/employees/new" className={linkButton}>{t("new")}</Link>
          <Link href="/employees/import" className={secondaryButton}>{t("import")}</Link>
          <a href="/api/v1/employees/export" className={secondaryButton} download>{t("export")}</a>
        </div>
      </div>
      <QueryErrors errors={errors} />
      <Form role="search" className="mb-4 grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end" action="/employees">
        <div>
          <label htmlFor="employee-search" className="block text-sm font-medium text-stone-800">{t("search")}</label>
          <input id="employee-search" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("searchPlaceholder")} className={inputClass} />
        </div>
        <div>
          <label htmlFor="employee-office" className="block text-sm font-medium text-stone-800">{t("office")}</label>
          <select id="employee-office" name="office" defaultValue={query.office ?? ""} className={inputClass}>
            <option value="">{t("allOffices")}</option>
            {offices.map((office) => <option key={office.id} value={office.id}>{office.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="employee-status" className="block text-sm font-medium text-stone-800">{t("status")}</label>
          <select id="employee-status" name="status" defaultValue={query.status} className={inputClass}>
            <option value="active">{t("statusActive")}</option>
            <option value="inactive">{t("statusInactive")}</option>
            <option value="all">{t("statusAll")}</option>
          </select>
        </div>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <SubmitButton className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{t("search")}</SubmitButton>
      </Form>
      {employees.length === 0 ? (
        <EmptyState message={t("none")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              {sortable("name", t("name"))}
              {sortable("email", t("email"))}
              {sortable("office", t("office"))}
              <Th>{t("team")}</Th>
              {sortable("role", t("role"))}
              {sortable("startDate", t("startDate"))}
            </tr>
          </thead>
          <tbody>
            {employees.map((employee) => (
              <tr key={employee.id}>
                <Td>
                  <Link href={`/employees/${employee.id}`} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
                    {employee.familyName}, {employee.givenName}
                  </Link>{" "}
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
      <Pagination page={query.page} pageCount={pageCount} params={params} />
    </>
  );
}
