"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
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
 * The clicked button is replaced by its opposite ("Undo" after "I'll stay
 * home"), so focus would fall to the page: it moves to the day's new button
 * (or its outcome) instead, and the live region announces the result.
 */
export function DayChoiceButtons({
  date,
  dayLabel,
  choices,
  align = "end",
  words = {},
}: {
  date: string;
  dayLabel: string;
  choices: DayChoice[];
  align?: "start" | "end";
  /** Other words for a choice's button and label ("Join them" for an extra day on the who's-in view). */
  words?: Partial<Record<DayChoice, { button: string; label: string }>>;
}) {
  const t = useTranslations("dayChoices");
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const group = useRef<HTMLDivElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const refocus = useRef(false);

  // After the action and the page's refresh: put focus back on the day, unless the person moved on.
  useEffect(() => {
    if (pending || !refocus.current) return;
    refocus.current = false;
    const active = document.activeElement;
    if (active && active !== document.body && !group.current?.contains(active)) return;
    const next = group.current?.querySelector<HTMLButtonElement>("button");
    (next ?? status.current)?.focus();
  }, [pending, choices]);

  function run(choice: DayChoice) {
    refocus.current = true;
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
    // The list's last column aligns its buttons to the right; a calendar cell keeps them under the day.
    <div ref={group} className={`flex flex-col items-stretch gap-2 ${align === "end" ? "md:items-end" : ""}`}>
      <div className={`flex flex-wrap gap-2 ${align === "end" ? "md:justify-end" : ""}`}>
        {choices.map((choice, index) => (
          // Keyed by place, not choice, and only aria-disabled while saving: the focused button stays the same
          // element when its choice turns into the opposite one, so the keyboard user's focus is not lost.
          <button
            key={index}
            type="button"
            aria-disabled={pending || undefined}
            onClick={() => {
              if (!pending) run(choice);
            }}
            aria-label={words[choice]?.label ?? t(`${choice}.label`, { day: dayLabel })}
            className={`min-h-10 rounded-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 aria-disabled:opacity-60 ${styles[choice]}`}
          >
            {words[choice]?.button ?? t(`${choice}.button`)}
          </button>
        ))}
      </div>
      <p ref={status} tabIndex={-1} role="status" aria-live="polite" className={`text-sm ${outcome?.tone === "error" ? "text-red-800" : "text-stone-700"} ${outcome ? "" : "sr-only"}`}>
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
