"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/ui/text-field";
import { createPlanAction } from "@/lib/actions/create-plan";
import { PLAN_SPREADS, type PlanSpread } from "@/lib/plans/starter-rules";
import { Spinner } from "@/components/ui/spinner";

/** Starts a draft: a name and how people are spread (surname groups, team days, or both in waves). */
export function NewPlanForm({ officeId }: { officeId: string }) {
  const t = useTranslations("plans");
  const router = useRouter();
  const [name, setName] = useState("");
  const [spread, setSpread] = useState<PlanSpread>("surname");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form noValidate className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm"
      onSubmit={async (event) => {
        event.preventDefault();
        if (name.trim() === "") return setError(t("nameRequired"));
        setPending(true);
        const result = await createPlanAction({ officeId, name, spread });
        setPending(false);
        if (!result.ok) return setError(result.error.message);
        router.push(`/plans/${result.data.id}`);
      }}>
      <h2 className="text-lg font-semibold">{t("newTitle")}</h2>
      <TextField id="new-plan-name" label={t("name")} value={name} error={error ?? undefined} maxLength={120} onChange={(event) => { setName(event.target.value); setError(null); }} />
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">{t("spread")}</legend>
        <div className="mt-1 space-y-1.5">
          {PLAN_SPREADS.map((option) => (
            <label key={option} className="flex items-start gap-2 text-sm">
              <input type="radio" name="spread" className="mt-1" checked={spread === option} onChange={() => setSpread(option)} />
              <span><span className="font-medium">{t(`spreads.${option}`)}</span> <span className="block text-stone-600">{t(`spreadHints.${option}`)}</span></span>
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} aria-busy={pending || undefined} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? <Spinner className="mr-2 align-[-0.2em]" /> : null}
        {t("create")}
      </button>
    </form>
  );
}
