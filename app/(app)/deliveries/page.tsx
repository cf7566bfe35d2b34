import { getLocale, getTranslations } from "next-intl/server";
import { Deferred } from "@/components/ui/deferred";
import type { CurrentUser } from "@/lib/auth/session";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RetryFailedButton } from "@/components/notifications/retry-failed-button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { deliveryCounts, recentDeliveryErrors } from "@/lib/data/delivery-overview";
import type { Locale } from "@/lib/i18n/config";
import { formatMomentIn } from "@/lib/i18n/dates";

export async function generateMetadata() {
  return { title: (await getTranslations("deliveries"))("title") };
}

const STATUSES = ["QUEUED", "SENDING", "SENT", "RETRYING", "FAILED"] as const;
/** Admins: how notifications are being delivered, per event kind and channel, and the last errors. Totals only: never who was told what. */
export default async function DeliveriesPage() {
  const user = await requirePermission("deliveries:manage");
  return (
    <Deferred>
      <DeliveriesContent user={user} />
    </Deferred>
  );
}

/** The page for a reader who may see it: its data loads behind the loading state. */
async function DeliveriesContent({ user }: { user: CurrentUser }) {
  const [t, locale, counts, errors] = await Promise.all([getTranslations("deliveries"), getLocale() as Promise<Locale>, deliveryCounts(), recentDeliveryErrors()]);
  const rows = new Map<string, Record<string, number>>();
  for (const count of counts) {
    const key = `${count.kind}|${count.channel}`;
    rows.set(key, { ...rows.get(key), [count.status]: count.count });
  }
  const kindLabel = (kind: string) => (t.has(`kinds.${kind}`) ? t(`kinds.${kind}` as "kinds.day-lost") : kind);
  const when = (instant: Date) => formatMomentIn(instant, user.officeTimezone, locale, "medium");
  const hasFailed = counts.some((count) => count.status === "FAILED");

  return (
    <ClientMessages namespaces={["deliveries"]}>
      <PageHeader title={t("title")} description={t("description")} />
      {rows.size === 0 ? (
        <EmptyState message={t("none")} />
      ) : (
        <Table caption={t("countsCaption")}>
          <thead>
            <tr>
              <Th>{t("kind")}</Th>
              <Th>{t("channel")}</Th>
              {STATUSES.map((status) => (
                <Th key={status} className="text-right">{t(`status.${status}`)}</Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...rows].map(([key, byStatus]) => {
              const [kind = "", channel = ""] = key.split("|");
              return (
                <tr key={key}>
                  <Td>{kindLabel(kind)}</Td>
                  <Td>{t(`channels.${channel}` as "channels.EMAIL")}</Td>
                  {STATUSES.map((status) => (
                    <Td key={status} className="text-right tabular-nums">{byStatus[status] ?? 0}</Td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      {hasFailed ? (
        <div className="mt-4">
          <RetryFailedButton />
        </div>
      ) : null}

      <h2 className="mb-2 mt-8 text-lg font-semibold">{t("errorsTitle")}</h2>
      {errors.length === 0 ? (
        <EmptyState message={t("noErrors")} />
      ) : (
        <Table caption={t("errorsTitle")}>
          <thead>
            <tr>
              <Th>{t("when")}</Th>
              <Th>{t("kind")}</Th>
              <Th>{t("statusColumn")}</Th>
              <Th className="text-right">{t("attempts")}</Th>
              <Th>{t("error")}</Th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error) => (
              <tr key={error.id}>
                <Td className="whitespace-nowrap">{when(error.updatedAt)}</Td>
                <Td>{kindLabel(error.kind)}</Td>
                <Td>{t(`status.${error.status}`)}</Td>
                <Td className="text-right tabular-nums">{error.attempts}</Td>
                <Td className="break-all font-mono text-xs">{error.lastError}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </ClientMessages>
  );
}
