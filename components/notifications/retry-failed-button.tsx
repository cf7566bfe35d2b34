"use client";

import { useTranslations } from "next-intl";
import { StatusButton } from "@/components/ui/status-button";
import { retryFailedDeliveriesAction } from "@/lib/actions/retry-failed-deliveries";

/** "Retry failed": puts failed deliveries back in the queue and says how many, in a live region. */
export function RetryFailedButton() {
  const t = useTranslations("deliveries");
  return (
    <StatusButton
      label={t("retry")}
      className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
      onPress={async () => {
        const result = await retryFailedDeliveriesAction({});
        return result.ok ? t("retried", { count: result.data.retried }) : "";
      }}
    />
  );
}
