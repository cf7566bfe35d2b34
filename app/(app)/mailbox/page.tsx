import { getLocale, getTranslations } from "next-intl/server";
import { Deferred } from "@/components/ui/deferred";
import type { CurrentUser } from "@/lib/auth/session";
import { CursorPager } from "@/components/ui/cursor-pager";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryErrors } from "@/components/ui/query-errors";
import { requirePermission } from "@/lib/auth/session";
import { listOwnMailbox } from "@/lib/data/mailbox";
import type { Locale } from "@/lib/i18n/config";
import { formatMomentIn } from "@/lib/i18n/dates";
import { cursorFrom } from "@/lib/validation/notifications";

export async function generateMetadata() {
  return { title: (await getTranslations("mailbox"))("title") };
}

/**
 * The demo's mailbox: without SMTP_URL the app keeps each email it would
 * have sent; here a person sees their own, as sent (the HTML in a sandboxed
 * frame that runs nothing) and as plain text.
 */
export default async function MailboxPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("notifications:own");
  return (
    <Deferred>
      <MailboxContent user={user} {...props} />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function MailboxContent({ searchParams, user }: { searchParams: Promise<Record<string, string | string[] | undefined>> } & { user: CurrentUser }) {
  const { cursor, errors } = cursorFrom(await searchParams);
  const [t, locale, mailbox] = await Promise.all([
    getTranslations("mailbox"),
    getLocale() as Promise<Locale>,
    listOwnMailbox(user, cursor),
  ]);
  // The moment it was sent, in the person's office's time zone.
  const sentAt = (instant: Date) => formatMomentIn(instant, user.officeTimezone, locale);

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <QueryErrors errors={errors} />
      {mailbox.messages.length === 0 ? (
        <EmptyState message={t("empty")} />
      ) : (
        <ol className="space-y-6">
          {mailbox.messages.map((message) => (
            <li key={message.id}>
              <article aria-labelledby={`mail-${message.id}`} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                <h2 id={`mail-${message.id}`} className="text-lg font-semibold text-stone-900">{message.subject}</h2>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="font-medium text-stone-700">{t("from")}</dt>
                  <dd className="break-all text-stone-800">{message.fromAddress}</dd>
                  <dt className="font-medium text-stone-700">{t("to")}</dt>
                  <dd className="break-all text-stone-800">{message.toAddress}</dd>
                  <dt className="font-medium text-stone-700">{t("sent")}</dt>
                  <dd className="text-stone-800">{sentAt(message.createdAt)}</dd>
                </dl>
                <h3 className="mt-4 text-sm font-semibold text-stone-700">{t("html")}</h3>
                <iframe
                  title={t("frameTitle", { subject: message.subject })}
                  sandbox=""
                  srcDoc={message.html}
                  className="mt-2 h-[28rem] w-full rounded border border-stone-200 bg-stone-100"
                />
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium text-brand-800">{t("text")}</summary>
                  <pre className="mt-2 whitespace-pre-wrap break-words rounded bg-stone-50 p-3 text-sm text-stone-800">{message.text}</pre>
                </details>
              </article>
            </li>
          ))}
        </ol>
      )}
      <CursorPager path="/mailbox" cursor={cursor} nextCursor={mailbox.nextCursor} labels={{ newest: t("newest"), older: t("older") }} />
    </>
  );
}
