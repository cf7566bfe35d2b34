"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { copyPlanAction } from "@/lib/actions/copy-plan";
import { discardPlanAction } from "@/lib/actions/discard-plan";
import { savePlanAction } from "@/lib/actions/save-plan";
import type { Locale } from "@/lib/i18n/config";
import { weekdayName } from "@/lib/i18n/dates";
import type { PreviewBase } from "@/lib/plans/preview";
import { describeRuleIssues } from "@/lib/plans/rule-issues";
import { alphabetFor, rotationRulesSchemaFor, type RotationRules, type RulesContext } from "@/lib/rotation";
import { FieldErrors, inputClass, RulesEditorContext, smallButton, type EditorTeam, type RulesEditor } from "./editor-context";
import { PlanPreview, type PreviewPerson } from "./plan-preview";
import { PriorityEditor } from "./priority-editor";
import { WaveEditor } from "./wave-editor";

export interface EditablePlan {
  id: string;
  name: string;
  effectiveFrom: string;
  rules: RotationRules;
  /** Published, archived and submitted versions are shown, not edited. */
  readOnly: boolean;
  canCopy: boolean;
}

const primaryButton = "rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60";

export function PlanEditor({ plan, context, teams, today, base, people }: {
  plan: EditablePlan;
  context: RulesContext;
  teams: EditorTeam[];
  /** Today in the office's time zone: the earliest effective date. */
  today: string;
  base: PreviewBase;
  people: PreviewPerson[];
}) {
  const t = useTranslations("planEditor");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [name, setName] = useState(plan.name);
  const [effectiveFrom, setEffectiveFrom] = useState(plan.effectiveFrom);
  const [rules, setRules] = useState<RotationRules>(plan.rules);
  const [dirty, setDirty] = useState(false);
  const [pending, setPending] = useState<null | "save" | "publish" | "discard" | "copy">(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  const schema = useMemo(() => rotationRulesSchemaFor(context), [context]);
  const parsed = useMemo(() => schema.safeParse(rules), [schema, rules]);
  const errors = useMemo(() => {
    const byField = new Map<string, string[]>();
    if (parsed.success) return byField;
    for (const problem of describeRuleIssues(parsed.error.issues)) {
      const values = { ...problem.values };
      if (typeof values.weekday === "number") values.weekday = weekdayName(values.weekday, locale);
      const message = t.has(`ruleIssues.${problem.key}`) ? t(`ruleIssues.${problem.key}`, values) : t("ruleIssues.invalid");
      const list = byField.get(problem.field) ?? [];
      if (!list.includes(message)) list.push(message);
      byField.set(problem.field, list);
    }
    return byField;
  }, [parsed, t, locale]);

  const change = useCallback((edit: (rules: RotationRules) => void) => {
    setRules((previous) => {
      const next = structuredClone(previous);
      edit(next);
      return next;
    });
    setDirty(true);
    setSaved(false);
  }, []);
  const editor: RulesEditor = useMemo(
    () => ({
      change,
      errorsAt: (field) => errors.get(field) ?? [],
      alphabet: alphabetFor(context.locale),
      teams,
      workingWeekdays: context.workingWeekdays ?? [1, 2, 3, 4, 5],
      readOnly: plan.readOnly,
    }),
    [change, errors, context, teams, plan.readOnly],
  );
  // The preview follows the form without holding up typing.
  const previewRules = useDeferredValue(parsed.success ? parsed.data : null);
  const previewFrom = useDeferredValue(effectiveFrom);

  const nameError = name.trim() === "" ? t("nameRequired") : null;
  // A read-only version's date is history, not input: a past date there is no error.
  const dateError = plan.readOnly ? null : !/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom) ? t("ruleIssues.dateInvalid") : effectiveFrom < today ? t("effectiveFromPast") : null;
  const valid = parsed.success && !nameError && !dateError;

  async function save(): Promise<boolean> {
    setFormError(null);
    const result = await savePlanAction({ planId: plan.id, name, effectiveFrom, rules });
    if (!result.ok) {
      setFormError(result.error.message);
      return false;
    }
    setDirty(false);
    setSaved(true);
    return true;
  }

  async function run(kind: NonNullable<typeof pending>, task: () => Promise<void>) {
    setPending(kind);
    try {
      await task();
    } finally {
      setPending(null);
    }
  }

  return (
    <RulesEditorContext.Provider value={editor}>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <form className="space-y-4" noValidate onSubmit={(event) => { event.preventDefault(); if (valid && !plan.readOnly) void run("save", async () => { await save(); }); }}>
          <div className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm sm:grid-cols-2">
            <div>
              <label htmlFor="plan-name" className="block text-sm font-medium text-stone-800">{t("name")}</label>
              <input id="plan-name" className={inputClass} value={name} disabled={plan.readOnly} maxLength={120}
                aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? "plan-name-errors" : undefined}
                onChange={(event) => { setName(event.target.value); setDirty(true); setSaved(false); }} />
              <FieldErrors id="plan-name-errors" messages={nameError ? [nameError] : []} />
            </div>
            <div>
              <label htmlFor="plan-effective" className="block text-sm font-medium text-stone-800">{t("effectiveFrom")}</label>
              <input id="plan-effective" type="date" min={plan.readOnly ? undefined : today} className={inputClass} value={effectiveFrom} disabled={plan.readOnly}
                aria-invalid={dateError ? true : undefined} aria-describedby={`plan-effective-hint${dateError ? " plan-effective-errors" : ""}`}
                onChange={(event) => { setEffectiveFrom(event.target.value); setDirty(true); setSaved(false); }} />
              <p id="plan-effective-hint" className="mt-1 text-xs text-stone-600">{t("effectiveFromHint")}</p>
              <FieldErrors id="plan-effective-errors" messages={dateError ? [dateError] : []} />
            </div>
          </div>

          {/* The waves' and priorities' h3 headings need an h2 above them (axe heading-order). */}
          <h2 id="plan-rules-title" className="text-lg font-semibold">{t("rulesLegend")}</h2>
          <fieldset disabled={plan.readOnly} aria-labelledby="plan-rules-title" className="space-y-4">
            <FieldErrors id="waves-errors" messages={errors.get("waves") ?? []} />
            {rules.waves.map((wave, index) => (
              <WaveEditor key={index} index={index} wave={wave} count={rules.waves.length} />
            ))}
            {!plan.readOnly ? (
              <button type="button" className={smallButton} disabled={rules.waves.length >= 12}
                onClick={() => change((draft) => {
                  const last = draft.waves[draft.waves.length - 1];
                  draft.waves.push({ name: undefined, from: last?.from, selectors: [{ kind: "everyone" }], distribution: structuredClone(last?.distribution ?? { rule: "surname", groups: [] }) });
                })}>
                {t("addWave")}
              </button>
            ) : null}
            <PriorityEditor order={rules.priority.order} newHireWithinDays={rules.priority.newHireWithinDays} />
          </fieldset>

          {formError ? <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">{formError}</p> : null}
          {saved ? <p role="status" className="text-sm text-emerald-800">{t("saved")}</p> : null}

          {!plan.readOnly ? (
            <div className="flex flex-wrap items-center gap-3">
              <button type="submit" className={primaryButton} disabled={!valid || pending !== null}>
                {pending === "save" ? t("saving") : t("save")}
              </button>
              <button type="button" className="rounded-md border border-brand-700 bg-white px-4 py-2 font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-60"
                disabled={!valid || pending !== null}
                onClick={() => void run("publish", async () => {
                  if (dirty && !(await save())) return;
                  router.push(`/plans/${plan.id}/publish?effectiveFrom=${effectiveFrom}`);
                })}>
                {t("reviewPublish")}
              </button>
              {!valid ? <p className="text-sm text-stone-700">{t("fixBeforeSaving")}</p> : null}
              <span className="grow" />
              {confirmDiscard ? (
                <span className="flex items-center gap-2 text-sm">
                  {t("discardConfirm")}
                  <button type="button" className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800" disabled={pending !== null}
                    onClick={() => void run("discard", async () => {
                      const result = await discardPlanAction({ planId: plan.id });
                      if (!result.ok) return setFormError(result.error.message);
                      router.push("/plans");
                      router.refresh();
                    })}>
                    {t("discardYes")}
                  </button>
                  <button type="button" className={smallButton} onClick={() => setConfirmDiscard(false)}>{t("discardNo")}</button>
                </span>
              ) : (
                <button type="button" className={smallButton} onClick={() => setConfirmDiscard(true)}>{t("discard")}</button>
              )}
            </div>
          ) : plan.canCopy ? (
            <button type="button" className={primaryButton} disabled={pending !== null}
              onClick={() => void run("copy", async () => {
                const result = await copyPlanAction({ planId: plan.id });
                if (!result.ok) return setFormError(result.error.message);
                router.push(`/plans/${result.data.id}`);
              })}>
              {t("copy")}
            </button>
          ) : null}
        </form>
        <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <PlanPreview base={base} rules={previewRules} effectiveFrom={previewFrom} people={people} />
        </div>
      </div>
    </RulesEditorContext.Provider>
  );
}
