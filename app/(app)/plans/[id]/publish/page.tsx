import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ConfirmPublish } from "@/components/plans/confirm-publish";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryErrors } from "@/components/ui/query-errors";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { getPlan, nextMonday, reviewPublication } from "@/lib/data/plans";
import { todayIn, toDbDate } from "@/lib/date-only";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { formatLongDate, formatShortDate } from "@/lib/i18n/dates";
import { isoDateSchema } from "@/lib/rotation";
import { now } from "@/lib/clock";
import { readQuery } from "@/lib/validation/query-string";

export async function generateMetadata() {
  return { title: (await getTranslations("planPublish"))("title") };
}

/** How many people the confirm screen lists; the rest are counted. */
const LISTED = 200;

export default async function PublishPlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("plans:manage");
  const [{ id }, query, t, locale] = await Promise.all([params, searchParams, getTranslations("planPublish"), getLocale() as Promise<Locale>]);
  const plan = await getPlan(id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  });
  const today = todayIn(plan.office.timezone, now());
  const { values, errors } = readQuery(query);
  const asked = isoDateSchema.safeParse(values.effectiveFrom);
  const effectiveFrom = asked.success ? asked.data : nextMonday(today);
  let review: Awaited<ReturnType<typeof reviewPublication>> | null = null;
  let problem: string | null = null;
  try {
    review = await reviewPublication(plan.id, effectiveFrom, now());
  } catch (error) {
    if (!(error instanceof AppError) || error.status === 404) throw error;
    problem = error.code === "past_effective_date" ? t("pastDate", { today: formatLongDate(toDbDate(today), locale) }) : error.code === "plan_read_only" ? t("notDraft") : error.message;
  }
  const days = (dates: string[]) => dates.map((date) => formatShortDate(toDbDate(date), locale)).join(", ");
  return (
    <ClientMessages namespaces={["planPublish"]}>
      <p className="mb-2 text-sm"><Link href={`/plans/${plan.id}`} className="text-brand-800 underline-offset-2 hover:underline">{t("back", { name: plan.name })}</Link></p>
      <PageHeader title={t("title")} description={t("description", { name: plan.name, office: plan.office.name })} />
      <QueryErrors errors={errors} />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <div>
          <label htmlFor="effectiveFrom" className="block text-sm font-medium text-stone-800">{t("effectiveFrom")}</label>
          <input id="effectiveFrom" name="effectiveFrom" type="date" min={today} defaultValue={effectiveFrom} required
            className="mt-1 block rounded-md border border-stone-300 bg-white px-3 py-2" aria-describedby="effective-hint" />
        </div>
        <button type="submit" className="rounded-md border border-stone-300 bg-white px-4 py-2 font-medium hover:bg-stone-100">{t("update")}</button>
        <p id="effective-hint" className="w-full text-sm text-stone-600">{t("effectiveHint", { timezone: plan.office.timezone })}</p>
      </form>
      {problem ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">{problem}</p>
      ) : review ? (
        <>
          <section aria-labelledby="changes-title" className="mb-6">
            <h2 id="changes-title" className="mb-2 text-lg font-semibold">
              {t("changesTitle", { count: review.people.length, from: formatLongDate(toDbDate(effectiveFrom), locale), to: formatLongDate(toDbDate(review.to), locale) })}
            </h2>
            <p className="mb-3 text-sm text-stone-700">{t("keepsPast", { date: formatLongDate(toDbDate(effectiveFrom), locale) })}</p>
            {review.overCapacityDays > 0 ? <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">{t("cuts", { days: review.overCapacityDays })}</p> : null}
            {review.people.length === 0 ? (
              <EmptyState message={t("noChanges")} />
            ) : (
              <Table caption={t("tableCaption")}>
                <thead>
                  <tr>
                    <Th>{t("person")}</Th>
                    <Th>{t("lost")}</Th>
                    <Th>{t("gained")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {review.people.slice(0, LISTED).map((person) => (
                    <tr key={person.employeeId}>
                      <Td className="font-medium">{person.name}</Td>
                      <Td>{person.lost.length ? days(person.lost) : "—"}</Td>
                      <Td>{person.gained.length ? days(person.gained) : "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
            {review.people.length > LISTED ? <p className="mt-2 text-sm text-stone-700">{t("more", { count: review.people.length - LISTED })}</p> : null}
          </section>
          <ConfirmPublish planId={plan.id} effectiveFrom={effectiveFrom} />
        </>
      ) : null}
    </ClientMessages>
  );
}
