"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { resetCalendarFeedAction } from "@/lib/actions/reset-calendar-feed";
import { CopyField } from "./copy-field";

/** Create or reset the feed URL; the new URL is shown here once, with how to subscribe to it. */
export function CalendarFeedPanel({ hasFeed, status }: { hasFeed: boolean; status: string }) {
  const t = useTranslations("calendarFeed");
  const router = useRouter();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();

  function reset() {
    startTransition(async () => {
      const result = await resetCalendarFeedAction({});
      setFailed(!result.ok);
      if (result.ok) {
        setUrl(result.data.url);
        router.refresh();
      }
    });
  }

  return (
    <div className="space-y-4">
      {url ? (
        <div role="status" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h3 className="font-semibold text-stone-900">{t("urlTitle")}</h3>
          <p className="text-sm text-amber-900">{t("urlWarning")}</p>
          <CopyField id="calendar-url" label={t("urlLabel")} value={url} />
        </div>
      ) : (
        <p className="text-stone-700">{status}</p>
      )}
      {failed ? <p role="alert" className="text-sm text-red-800">{t("failed")}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={reset} disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
          {pending ? t("working") : hasFeed || url ? t("reset") : t("create")}
        </button>
        {hasFeed || url ? <p className="text-sm text-stone-700">{t("resetWarning")}</p> : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="outlook-title" className="rounded-md border border-stone-200 p-3">
          <h3 id="outlook-title" className="font-medium">{t("outlookTitle")}</h3>
          <p className="mt-1 text-sm text-stone-700">{t("outlookSteps")}</p>
        </section>
        <section aria-labelledby="google-title" className="rounded-md border border-stone-200 p-3">
          <h3 id="google-title" className="font-medium">{t("googleTitle")}</h3>
          <p className="mt-1 text-sm text-stone-700">{t("googleSteps")}</p>
        </section>
      </div>
    </div>
  );
}
