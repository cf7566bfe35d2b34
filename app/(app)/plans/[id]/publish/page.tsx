import Link from "next/link";
import { Deferred } from "@/components/ui/deferred";
import Form from "next/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { inputClass, secondaryButton } from "@/components/forms/fields";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ConfirmPublish } from "@/components/plans/confirm-publish";
import { PublishSummary } from "@/components/plans/publish-summary";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueryErrors } from "@/components/ui/query-errors";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { getPlan, nextMonday, reviewPublication } from "@/lib/data/plans";
import { todayIn, toDbDate } from "@/lib/date-only";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { formatLongDate, formatShortDate } from "@/lib/i18n/dates";
import { now } from "@/lib/clock";
import { parsePublishReviewQuery } from "@/lib/validation/plans";

export async function generateMetadata() {
  return { title: (await getTranslations("planPublish"))("title") };
}

/**
 * The confirm screen, top to bottom: the effective date, a summary with the
 * Publish action beside it, then the per-person changes (sorted by name,
 * searchable, one page at a time so 10,000 people stay a light page).
 */
export default async function PublishPlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("plans:manage");
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const plan = await getPlan(id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  return (
    <Deferred>
      <PublishContent plan={plan} raw={raw} />
    </Deferred>
  );
}

/** The page once the plan exists: the review of what publishing changes (the engine) loads behind the loading state. */
async function PublishContent({ plan, raw }: { plan: Awaited<ReturnType<typeof getPlan>>; raw: Record<string, string | string[] | undefined> }) {
  const [t, locale] = await Promise.all([getTranslations("planPublish"), getLocale() as Promise<Locale>]);
  const today = todayIn(plan.office.timezone, now());
  const { query, errors } = parsePublishReviewQuery(raw);
  const effectiveFrom = query.effectiveFrom ?? nextMonday(today);
  let review: Awaited<ReturnType<typeof reviewPublication>> | null = null;
  let problem: string | null = null;
  try {
    review = await reviewPublication(plan.id, effectiveFrom, now(), { q: query.q, page: query.page });
  } catch (error) {
    if (!(error instanceof AppError) || error.status === 404) throw error;
    problem = error.code === "past_effective_date" ? t("pastDate", { today: formatLongDate(toDbDate(today), locale) }) : error.code === "plan_read_only" ? t("notDraft") : error.message;
  }
  const days = (dates: string[]) => dates.map((date) => formatShortDate(toDbDate(date), locale)).join(", ");
  const from = formatLongDate(toDbDate(effectiveFrom), locale);
  return (
    <ClientMessages namespaces={["planPublish"]}>
      <p className="mb-2 text-sm"><Link href={`/plans/${plan.id}`} className="text-brand-800 underline-offset-2 hover:underline">{t("back", { name: plan.name })}</Link></p>
      <PageHeader title={t("title")} description={t("description", { name: plan.name, office: plan.office.name })} />
      <QueryErrors errors={errors} />
      <Form action={`/plans/${plan.id}/publish`} className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <div>
          <label htmlFor="effectiveFrom" className="block text-sm font-medium text-stone-800">{t("effectiveFrom")}</label>
          <input id="effectiveFrom" name="effectiveFrom" type="date" min={today} defaultValue={effectiveFrom} required
            className="mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2" aria-describedby="effective-hint" />
        </div>
        <SubmitButton className={secondaryButton}>{t("update")}</SubmitButton>
        <p id="effective-hint" className="w-full text-sm text-stone-600">{t("effectiveHint", { timezone: plan.office.timezone })}</p>
      </Form>
      {problem ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">{problem}</p>
      ) : review ? (
        <>
          <section aria-labelledby="changes-title" className="mb-8 rounded-lg border border-stone-200 bg-stone-50 p-4 shadow-sm">
            <h2 id="changes-title" className="mb-1 text-lg font-semibold">
              {t("changesTitle", { count: review.peopleChanged, from, to: formatLongDate(toDbDate(review.to), locale) })}
            </h2>
            <p className="mb-4 text-sm text-stone-700">{t("keepsPast", { date: from })}</p>
            <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] lg:items-start">
              <PublishSummary peopleChanged={review.peopleChanged} overCapacityDays={review.overCapacityDays} weekdays={review.weekdays} />
              <div className="rounded-md border border-brand-600 bg-white p-4">
                <p className="mb-3 text-sm text-stone-800">{t("actionHint", { date: from, count: review.peopleChanged })}</p>
                <ConfirmPublish planId={plan.id} effectiveFrom={effectiveFrom} />
              </div>
            </div>
          </section>
          <section aria-labelledby="list-title">
            <h2 id="list-title" className="mb-2 text-lg font-semibold">{t("tableCaption")}</h2>
            {review.peopleChanged === 0 ? (
              <EmptyState message={t("noChanges")} />
            ) : (
              <>
                <Form role="search" action={`/plans/${plan.id}/publish`} className="mb-3 flex flex-wrap items-end gap-3">
                  <input type="hidden" name="effectiveFrom" value={effectiveFrom} />
                  <div className="min-w-56 flex-1">
                    <label htmlFor="publish-search" className="block text-sm font-medium text-stone-800">{t("search")}</label>
                    <input id="publish-search" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("searchPlaceholder")} className={inputClass} />
                  </div>
                  <SubmitButton className={secondaryButton}>{t("searchSubmit")}</SubmitButton>
                </Form>
                <p className="mb-2 text-sm text-stone-700" role="status">
                  {query.q ? t("matched", { count: review.list.matched, q: query.q }) : t("sortedByName")}
                </p>
                {review.list.rows.length === 0 ? null : (
                  <Table caption={t("tableCaption")}>
                    <thead>
                      <tr>
                        <Th sort="ascending">{t("person")}</Th>
                        <Th>{t("lost")}</Th>
                        <Th>{t("gained")}</Th>
                      </tr>
                    </thead>
                    <tbody>
                      {review.list.rows.map((person) => (
                        <tr key={person.employeeId} data-testid="publish-person">
                          <Td className="font-medium">{person.name}</Td>
                          <Td>{person.lost.length ? days(person.lost) : "—"}</Td>
                          <Td>{person.gained.length ? days(person.gained) : "—"}</Td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                )}
                <Pagination page={review.list.page} pageCount={review.list.pageCount} params={{ effectiveFrom, q: query.q }} />
              </>
            )}
          </section>
        </>
      ) : null}
    </ClientMessages>
  );
}
