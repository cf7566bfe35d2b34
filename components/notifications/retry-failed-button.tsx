"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { retryFailedDeliveriesAction } from "@/lib/actions/retry-failed-deliveries";

/** "Retry failed": puts failed deliveries back in the queue and says how many, in a live region. */
export function RetryFailedButton() {
  const t = useTranslations("deliveries");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState("");
  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <button
        type="button"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-60"
        onClick={async () => {
          setPending(true);
          const result = await retryFailedDeliveriesAction({});
          setPending(false);
          if (result.ok) setDone(t("retried", { count: result.data.retried }));
          router.refresh();
        }}
      >
        {t("retry")}
      </button>
      <span role="status" className="text-sm text-stone-700">{done}</span>
    </span>
  );
}
