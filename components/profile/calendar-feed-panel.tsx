"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { primaryButton, secondaryButton } from "@/components/forms/fields";
import { resetCalendarFeedAction } from "@/lib/actions/reset-calendar-feed";
import { calendarSubscribeLinks } from "@/lib/calendar/subscribe-links";
import { CopyField } from "./copy-field";

const linkButton = "inline-flex items-center rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-brand-800 hover:bg-stone-100";

/**
 * Create the feed URL, or reset it after a confirmation (a reset breaks the
 * old URL in every calendar subscribed to it). A new URL is shown here
 * once, with one-click subscribe links and each calendar app's steps.
 */
export function CalendarFeedPanel({ hasFeed, status, calendarName }: { hasFeed: boolean; status: string; calendarName: string }) {
  const t = useTranslations("calendarFeed");
  const router = useRouter();
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  const confirmRef = useRef<HTMLDivElement>(null);
  const newUrlRef = useRef<HTMLHeadingElement>(null);

  // Focus follows the step: the question when asked, the new URL when made.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (url) newUrlRef.current?.focus();
  }, [url]);

  function makeUrl() {
    startTransition(async () => {
      const result = await resetCalendarFeedAction({});
      setFailed(!result.ok);
      if (result.ok) {
        setConfirming(false);
        setUrl(result.data.url);
        router.refresh();
      }
    });
  }

  const links = url ? calendarSubscribeLinks(url, calendarName) : null;
  const newTab = <span className="sr-only"> {t("newTab")}</span>;
  return (
    <div className="space-y-4">
      {url && links ? (
        <div className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h3 ref={newUrlRef} tabIndex={-1} className="font-semibold text-stone-900">{t("urlTitle")}</h3>
          <p role="status" className="text-sm text-amber-900">{t("urlWarning")}</p>
          <CopyField id="calendar-url" label={t("urlLabel")} value={url} />
          <div>
            <h4 className="text-sm font-medium text-stone-800">{t("addTitle")}</h4>
            <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("addTitle")}>
              <li><a className={primaryButton + " inline-flex text-sm"} href={links.webcal}>{t("subscribe")}</a></li>
              <li><a className={linkButton} href={links.google} target="_blank" rel="noopener noreferrer">{t("addGoogle")}{newTab}</a></li>
              <li><a className={linkButton} href={links.outlook} target="_blank" rel="noopener noreferrer">{t("addOutlook")}{newTab}</a></li>
              <li><a className={linkButton} href={links.outlookWork} target="_blank" rel="noopener noreferrer">{t("addOutlookWork")}{newTab}</a></li>
            </ul>
            <p className="mt-2 text-xs text-stone-700">{t("subscribeHint")}</p>
          </div>
        </div>
      ) : (
        <p className="text-stone-700">{status}</p>
      )}
      {failed ? <p role="alert" className="text-sm text-red-800">{t("failed")}</p> : null}
      {!hasFeed && !url ? (
        <button type="button" onClick={makeUrl} disabled={pending} className={primaryButton}>{pending ? t("working") : t("create")}</button>
      ) : confirming ? (
        <div ref={confirmRef} tabIndex={-1} role="group" aria-labelledby="calendar-reset-title" className="space-y-3 rounded-lg border border-red-300 bg-red-50 p-4">
          <h3 id="calendar-reset-title" className="font-semibold text-red-900">{t("resetConfirmTitle")}</h3>
          <p className="text-sm text-red-900">{t("resetWarning")}</p>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={makeUrl} disabled={pending} className="rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-70">
              {pending ? t("working") : t("resetConfirm")}
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={pending} className={secondaryButton}>{t("cancel")}</button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className={secondaryButton + " text-sm"}>{t("reset")}</button>
      )}
      <div className="grid gap-4 md:grid-cols-3">
        <section aria-labelledby="outlook-title" className="rounded-md border border-stone-200 p-3">
          <h3 id="outlook-title" className="font-medium">{t("outlookTitle")}</h3>
          <p className="mt-1 text-sm text-stone-700">{t("outlookSteps")}</p>
        </section>
        <section aria-labelledby="google-title" className="rounded-md border border-stone-200 p-3">
          <h3 id="google-title" className="font-medium">{t("googleTitle")}</h3>
          <p className="mt-1 text-sm text-stone-700">{t("googleSteps")}</p>
        </section>
        <section aria-labelledby="apple-title" className="rounded-md border border-stone-200 p-3">
          <h3 id="apple-title" className="font-medium">{t("appleTitle")}</h3>
          <p className="mt-1 text-sm text-stone-700">{t("appleSteps")}</p>
        </section>
      </div>
    </div>
  );
}
