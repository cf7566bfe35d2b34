"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { TextField } from "@/components/ui/text-field";
import { stayHomeAction } from "@/lib/actions/stay-home";
import { stayHomeSchema } from "@/lib/validation/my-days";
import { errorKey } from "./action-message";

/** Stay home on every office day from one date to another; no reason asked. */
export function StayHomePeriodForm({ today }: { today: string }) {
  const t = useTranslations("dayChoices");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    // The same schema the server parses with: a malformed range never leaves the browser.
    const parsed = stayHomeSchema.safeParse({ from, to: to || undefined });
    if (!parsed.success) {
      const next: { from?: string; to?: string } = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === "to" ? "to" : "from";
        next[field] ??= t(`errors.invalid_${field}`);
      }
      setErrors(next);
      return;
    }
    startTransition(async () => {
      const result = await stayHomeAction(parsed.data);
      if (!result.ok) {
        const field = result.error.field === "to" ? "to" : "from";
        setErrors({ [field]: t(errorKey(result.error), { day: "" }) });
        return;
      }
      setErrors({});
      setDone(t("period.done", { count: result.data.days.length }));
    });
  }

  // A disclosure: closed, it takes one line, so a phone's first screen shows days; one tap opens it.
  return (
    <details className="group rounded-lg border border-stone-200 bg-white shadow-sm">
      <summary id="period-title" className="flex min-h-11 cursor-pointer items-center gap-2 px-4 py-2 font-semibold text-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">▸</span>
        {t("period.title")}
      </summary>
      <form onSubmit={onSubmit} noValidate aria-labelledby="period-title" className="border-t border-stone-100 p-4">
        <p className="text-sm text-stone-600">{t("period.description")}</p>
        <div className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-start">
          <TextField id="period-from" type="date" min={today} label={t("period.from")} value={from} error={errors.from} onChange={(event) => setFrom(event.target.value)} />
          <TextField id="period-to" type="date" min={from || today} label={t("period.to")} value={to} error={errors.to} onChange={(event) => setTo(event.target.value)} />
          <button type="submit" disabled={pending} className="min-h-10 rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70 sm:mt-6">
            {pending ? t("saving") : t("period.submit")}
          </button>
        </div>
        <p role="status" aria-live="polite" className={done ? "mt-2 text-sm text-stone-700" : "sr-only"}>{done ?? ""}</p>
      </form>
    </details>
  );
}
