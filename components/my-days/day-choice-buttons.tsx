"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { requestExtraDayAction } from "@/lib/actions/request-extra-day";
import { stayHomeAction } from "@/lib/actions/stay-home";
import { undoStayHomeAction } from "@/lib/actions/undo-stay-home";
import { withdrawExtraDayAction } from "@/lib/actions/withdraw-extra-day";
import type { DayChoice } from "@/lib/seats/day-choices";
import { errorKey } from "./action-message";

type Outcome = { tone: "ok" | "error"; text: string } | null;

const styles: Record<DayChoice, string> = {
  "stay-home": "border-stone-300 bg-white text-stone-900 hover:bg-stone-50",
  undo: "border-brand-700 bg-brand-700 text-white hover:bg-brand-800",
  "request-extra": "border-stone-300 bg-white text-brand-800 hover:bg-brand-50",
  withdraw: "border-stone-300 bg-white text-stone-900 hover:bg-stone-50",
};

/**
 * One click per choice on a day: stay home, undo, ask for an extra day,
 * withdraw. The server action revalidates the page, so the day's badge and
 * totals change at once; the outcome (or refusal) is read out next to the day.
 */
export function DayChoiceButtons({ date, dayLabel, choices }: { date: string; dayLabel: string; choices: DayChoice[] }) {
  const t = useTranslations("dayChoices");
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>(null);

  function run(choice: DayChoice) {
    startTransition(async () => {
      const result = await perform(choice, date);
      if (!result.ok) {
        setOutcome({ tone: "error", text: t(errorKey(result.error), { day: dayLabel }) });
        return;
      }
      setOutcome({ tone: "ok", text: describe(choice, result.data) });
    });
  }

  function describe(choice: DayChoice, data: unknown): string {
    const answer = (data ?? {}) as { status?: string; position?: number };
    switch (choice) {
      case "stay-home":
        return t("done.stayHome", { day: dayLabel });
      case "undo":
        return answer.status === "waitlisted" ? t("done.undoWaitlisted", { day: dayLabel }) : t("done.undoOffice", { day: dayLabel });
      case "request-extra":
        return answer.status === "waitlisted"
          ? t("done.extraWaitlisted", { day: dayLabel, position: answer.position ?? 1 })
          : t("done.extraConfirmed", { day: dayLabel });
      case "withdraw":
        return t("done.withdrawn", { day: dayLabel });
    }
  }

  return (
    <div className="flex flex-col items-stretch gap-2 md:items-end">
      <div className="flex flex-wrap gap-2 md:justify-end">
        {choices.map((choice) => (
          <button
            key={choice}
            type="button"
            disabled={pending}
            onClick={() => run(choice)}
            aria-label={t(`${choice}.label`, { day: dayLabel })}
            className={`min-h-10 rounded-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-60 ${styles[choice]}`}
          >
            {t(`${choice}.button`)}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" className={`text-sm ${outcome?.tone === "error" ? "text-red-800" : "text-stone-700"} ${outcome ? "" : "sr-only"}`}>
        {pending ? t("saving") : (outcome?.text ?? "")}
      </p>
    </div>
  );
}

function perform(choice: DayChoice, date: string): Promise<ActionResult<unknown>> {
  switch (choice) {
    case "stay-home":
      return stayHomeAction({ from: date });
    case "undo":
      return undoStayHomeAction({ date });
    case "request-extra":
      return requestExtraDayAction({ date });
    case "withdraw":
      return withdrawExtraDayAction({ date });
  }
}
