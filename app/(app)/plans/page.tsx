import Link from "next/link";
import { Deferred } from "@/components/ui/deferred";
import type { CurrentUser } from "@/lib/auth/session";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NewPlanForm } from "@/components/plans/new-plan-form";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryErrors } from "@/components/ui/query-errors";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listOfficesForAdmin } from "@/lib/data/offices";
import { listPlans } from "@/lib/data/plans";
import { todayIn } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatLongDate } from "@/lib/i18n/dates";
import { now } from "@/lib/clock";
import { readQuery } from "@/lib/validation/query-string";

export async function generateMetadata() {
  return { title: (await getTranslations("plans"))("title") };
}

export default async function PlansPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("plans:manage");
  return (
    <Deferred>
      <PlansContent user={user} {...props} />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function PlansContent({ searchParams, user }: { searchParams: Promise<Record<string, string | string[] | undefined>> } & { user: CurrentUser }) {
  const [t, locale, query] = await Promise.all([getTranslations("plans"), getLocale() as Promise<Locale>, searchParams]);
  const offices = await listOfficesForAdmin(todayIn("UTC", now()));
  const { values, errors } = readQuery(query);
  const wanted = values.office ?? user.officeId;
  const office = offices.find((candidate) => candidate.id === wanted) ?? offices[0];
  if (!office) return <EmptyState message={t("noOffices")} />;
  const plans = await listPlans(office.id);
  const waiting = plans.filter((plan) => plan.status === "SUBMITTED").length;
  return (
    <ClientMessages namespaces={["plans"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <QueryErrors errors={errors} />
      <nav aria-label={t("officesLabel")} className="mb-4 flex flex-wrap gap-2">
        {offices.map((candidate) => (
          <Link key={candidate.id} href={`/plans?office=${candidate.id}`} aria-current={candidate.id === office.id ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm font-medium ${candidate.id === office.id ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100"}`}>
            {candidate.name}
          </Link>
        ))}
      </nav>
      {waiting > 0 ? <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">{t("waitingForReview", { count: waiting })}</p> : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        {plans.length === 0 ? (
          <EmptyState message={t("none", { office: office.name })} />
        ) : (
          <Table caption={t("tableCaption", { office: office.name })}>
            <thead>
              <tr>
                <Th>{t("name")}</Th>
                <Th>{t("statusLabel")}</Th>
                <Th>{t("effectiveFrom")}</Th>
                <Th>{t("by")}</Th>
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => (
                <tr key={plan.id}>
                  <Td>
                    <Link href={`/plans/${plan.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">{plan.name}</Link>
                    <span className="block text-xs text-stone-600">
                      {plan.status === "PUBLISHED" || plan.status === "ARCHIVED" ? t("version", { version: plan.version }) : plan.team ? t("teamProposal", { team: plan.team.name }) : t("draft")}
                    </span>
                  </Td>
                  <Td><PlanStatusBadge status={plan.status} /></Td>
                  <Td>{formatLongDate(plan.effectiveFrom, locale)}</Td>
                  <Td>{plan.createdBy ? `${plan.createdBy.givenName} ${plan.createdBy.familyName}` : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <NewPlanForm officeId={office.id} />
      </div>
    </ClientMessages>
  );
}
