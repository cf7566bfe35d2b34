"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { previewTeamDaysAction } from "@/lib/actions/preview-team-days";
import type { PreviewDay } from "@/lib/plans/preview";
import type { Weekday } from "@/lib/rotation";
import { PreviewTotals } from "./preview-totals";

type Proposal = { teamId: string; weekdays: Weekday[]; weeksInCycle: number; weekOfCycle: number; effectiveFrom: string };
type State = { kind: "loading" } | { kind: "error"; message: string } | { kind: "ready"; days: PreviewDay[]; overCapacityDays: number };

/**
 * The leader's live preview of their proposal: the office's totals per day,
 * the same view as HR's plan editor. Computed on the server (the leader's
 * browser never gets the office's roster) a moment after the last change;
 * an older answer that arrives late is dropped.
 */
export function TeamDaysPreview({ proposal, titleId }: { proposal: Proposal; titleId: string }) {
  const t = useTranslations("teamDays");
  const [state, setState] = useState<State>({ kind: "loading" });
  const latest = useRef(0);
  const key = JSON.stringify(proposal);
  useEffect(() => {
    const asked: Proposal = JSON.parse(key);
    if (asked.weekdays.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(asked.effectiveFrom)) {
      setState({ kind: "error", message: t("previewNeedsInput") });
      return;
    }
    const request = ++latest.current;
    setState((current) => (current.kind === "ready" ? current : { kind: "loading" }));
    const timer = setTimeout(async () => {
      const result = await previewTeamDaysAction(asked);
      if (request !== latest.current) return;
      if (!result.ok) return setState({ kind: "error", message: result.error.code === "past_effective_date" ? t("startPast") : result.error.message });
      setState({ kind: "ready", days: result.data.days, overCapacityDays: result.data.overCapacityDays });
    }, 300);
    return () => clearTimeout(timer);
  }, [key, t]);
  if (state.kind !== "ready") {
    return (
      <section aria-labelledby={titleId} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h3 id={titleId} className="text-lg font-semibold">{t("previewTitle")}</h3>
        <p className="mt-2 text-sm text-stone-700" role="status">{state.kind === "loading" ? t("previewLoading") : state.message}</p>
      </section>
    );
  }
  return <PreviewTotals days={state.days} overCapacityDays={state.overCapacityDays} titleId={titleId} Heading="h3" />;
}
