import Link from "next/link";
import { Deferred } from "@/components/ui/deferred";
import type { CurrentUser } from "@/lib/auth/session";
import Form from "next/form";
import { SubmitButton } from "@/components/forms/submit-button";
import { getLocale, getTranslations } from "next-intl/server";
import { inputClass } from "@/components/forms/fields";
import { AuditChange } from "@/components/audit/audit-change";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryErrors } from "@/components/ui/query-errors";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listAuditActors, listAuditEntries } from "@/lib/data/audit";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTimeIn } from "@/lib/i18n/dates";
import { AUDIT_KINDS, parseAuditQuery } from "@/lib/validation/audit";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("audit:view");
  return (
    <Deferred>
      <AuditContent user={user} {...props} />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function AuditContent({ searchParams, user }: { searchParams: Promise<Record<string, string | string[] | undefined>> } & { user: CurrentUser }) {
  const { query, errors } = parseAuditQuery(await searchParams);
  const [t, tCommon, locale] = await Promise.all([getTranslations("audit"), getTranslations("common"), getLocale() as Promise<Locale>]);
  const [{ entries, olderCursor, newerCursor }, actors] = await Promise.all([listAuditEntries(query, user.officeTimezone), listAuditActors()]);
  const filters = { kind: query.kind, actor: query.actor, from: query.from, to: query.to };
  const href = (cursor: Record<string, string>) =>
    `?${new URLSearchParams(Object.entries({ ...filters, ...cursor }).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString()}`;
  const actionLabel = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}` as "actions.office.create") : action);
  const linkClass = "rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100";
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { zone: user.officeTimezone })} />
      <QueryErrors errors={errors} />
      <Form className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-end" action="/audit" aria-label={t("filters")}>
        <div>
          <label htmlFor="audit-kind" className="block text-sm font-medium text-stone-800">{t("kind")}</label>
          <select id="audit-kind" name="kind" defaultValue={query.kind ?? ""} className={inputClass}>
            <option value="">{t("allKinds")}</option>
            {AUDIT_KINDS.map((kind) => <option key={kind} value={kind}>{t(`kinds.${kind}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="block text-sm font-medium text-stone-800">{t("who")}</label>
          <select id="audit-actor" name="actor" defaultValue={query.actor ?? ""} className={inputClass}>
            <option value="">{t("everyone")}</option>
            {actors.map((actor) => <option key={actor.id} value={actor.id}>{actor.givenName} {actor.familyName}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="block text-sm font-medium text-stone-800">{t("from")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block text-sm font-medium text-stone-800">{t("to")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} className={inputClass} />
        </div>
        <SubmitButton className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">{t("filter")}</SubmitButton>
      </Form>
      {entries.length === 0 ? (
        <EmptyState message={t("none")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("when")}</Th>
              <Th>{t("who")}</Th>
              <Th>{t("what")}</Th>
              <Th>{t("change")}</Th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <Td className="whitespace-nowrap">{formatDateTimeIn(entry.createdAt, user.officeTimezone, locale)}</Td>
                <Td>{entry.actor ? `${entry.actor.givenName} ${entry.actor.familyName}` : t("system")}</Td>
                <Td>
                  <span className="font-medium">{actionLabel(entry.action)}</span>
                  <span className="block text-xs text-stone-600">{t.has(`kinds.${entry.entityType}`) ? t(`kinds.${entry.entityType}` as "kinds.office") : entry.entityType}</span>
                </Td>
                <Td><AuditChange before={entry.before} after={entry.after} labels={{ before: t("before"), after: t("after"), show: t("showChange"), empty: t("noValue") }} roleLabel={(role) => tCommon(`roles.${role as "ADMIN"}`)} /></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <nav aria-label={tCommon("pagination")} className="mt-4 flex flex-wrap items-center justify-end gap-2 text-sm">
        {newerCursor ? <Link className={linkClass} href={href({})}>{t("newest")}</Link> : null}
        {newerCursor ? <Link className={linkClass} href={href({ after: newerCursor })}>{t("newer")}</Link> : null}
        {olderCursor ? <Link className={linkClass} href={href({ before: olderCursor })}>{t("older")}</Link> : null}
      </nav>
    </>
  );
}
