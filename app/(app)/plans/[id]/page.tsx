import Link from "next/link";
import { Deferred } from "@/components/ui/deferred";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PlanEditor } from "@/components/plans/plan-editor";
import { PlanStatusBadge } from "@/components/plans/plan-status-badge";
import { ReviewActions } from "@/components/plans/review-actions";
import { PageHeader } from "@/components/ui/page-header";
import { QueryErrors } from "@/components/ui/query-errors";
import { requirePermission } from "@/lib/auth/session";
import { loadPreviewBase } from "@/lib/data/plan-roster";
import { getPlan, nextMonday, rulesToPublish } from "@/lib/data/plans";
import { fromDbDate, todayIn } from "@/lib/date-only";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { formatLongDate } from "@/lib/i18n/dates";
import { rotationRulesSchema } from "@/lib/rotation";
import { now } from "@/lib/clock";
import { readQuery } from "@/lib/validation/query-string";

export async function generateMetadata() {
  return { title: (await getTranslations("plans"))("title") };
}

async function planOr404(id: string) {
  try {
    return await getPlan(id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("plans:manage");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const plan = await planOr404(id);
  return (
    <Deferred>
      <PlanContent plan={plan} query={query} />
    </Deferred>
  );
}

/** The page once the plan exists: the office's roster for the preview loads behind the loading state. */
async function PlanContent({ plan, query }: { plan: Awaited<ReturnType<typeof getPlan>>; query: Record<string, string | string[] | undefined> }) {
  const { values, errors } = readQuery(query);
  const published = values.published !== undefined && /^\d+$/.test(values.published) ? Number(values.published) : null;
  const [t, locale] = await Promise.all([getTranslations("plans"), getLocale() as Promise<Locale>]);
  const today = todayIn(plan.office.timezone, now());
  const { base, office, names } = await loadPreviewBase(plan.officeId, today);
  const rules = rotationRulesSchema.safeParse(await rulesToPublish(plan));
  if (!rules.success) throw new Error(`Plan ${plan.id} has rules the engine cannot read`);
  const editable = plan.status === "DRAFT" && !plan.teamId;
  const effectiveFrom = fromDbDate(plan.effectiveFrom);
  return (
    <ClientMessages namespaces={["planEditor", "planPreview", "planReview", "reasons"]}>
      <p className="mb-2 text-sm"><Link href={`/plans?office=${plan.officeId}`} className="text-brand-800 underline-offset-2 hover:underline">{t("back", { office: office.name })}</Link></p>
      <PageHeader title={plan.name} description={t(editable ? "editorDescription" : plan.status === "SUBMITTED" ? "reviewDescription" : "readOnlyDescription")} />
      <QueryErrors errors={errors} />
      <div className="mb-4 flex flex-wrap items-center gap-2 text-sm text-stone-700">
        <PlanStatusBadge status={plan.status} />
        {plan.status === "PUBLISHED" || plan.status === "ARCHIVED" ? <span>{t("version", { version: plan.version })}</span> : null}
        {plan.basedOn ? <span>{t("basedOn", { version: plan.basedOn.version })}</span> : null}
        {plan.team ? <span>{t("teamProposal", { team: plan.team.name })}</span> : null}
        {plan.createdBy ? <span>{t("createdBy", { name: `${plan.createdBy.givenName} ${plan.createdBy.familyName}` })}</span> : null}
        {plan.publishedAt ? <span>{t("publishedFrom", { date: formatLongDate(plan.effectiveFrom, locale) })}</span> : null}
      </div>
      {published !== null && plan.status === "PUBLISHED" ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950">{t("publishedNotice", { count: published })}</p>
      ) : null}
      {plan.status === "REJECTED" && plan.reviewComment ? (
        <p className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">{t("rejectedWith", { comment: plan.reviewComment })}</p>
      ) : null}
      {plan.status === "SUBMITTED" ? (
        <ReviewActions planId={plan.id} today={today} defaultEffectiveFrom={effectiveFrom >= today ? effectiveFrom : nextMonday(today)} />
      ) : null}
      <PlanEditor
        plan={{
          id: plan.id,
          name: plan.name,
          effectiveFrom: plan.status === "SUBMITTED" && effectiveFrom < today ? nextMonday(today) : effectiveFrom,
          rules: rules.data,
          readOnly: !editable,
          canCopy: plan.status === "PUBLISHED" || plan.status === "ARCHIVED" || plan.status === "REJECTED",
        }}
        context={office.context}
        teams={base.teams.map((team) => ({ id: team.id, name: team.name }))}
        today={today}
        base={base}
        people={[...names].map(([personId, name]) => ({ id: personId, name }))}
      />
    </ClientMessages>
  );
}
