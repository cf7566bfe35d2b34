"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { saveTeamDaysAction } from "@/lib/actions/save-team-days";
import type { Locale } from "@/lib/i18n/config";
import { weekdayName } from "@/lib/i18n/dates";
import type { Weekday } from "@/lib/rotation";
import { FieldErrors, inputClass } from "./editor-context";
import { TeamDaysPreview } from "./team-days-preview";
import { Spinner } from "@/components/ui/spinner";

/**
 * A leader's proposal of their team's office days and the date they start:
 * a live preview of what it does to the office, then save as a draft or send
 * it to HR.
 */
export function TeamDaysForm({ teamId, teamName, workingWeekdays, initial, today }: {
  teamId: string;
  teamName: string;
  workingWeekdays: Weekday[];
  initial: { weekdays: Weekday[]; weeksInCycle: number; weekOfCycle: number; effectiveFrom: string };
  /** Today in the office's time zone: the earliest start. */
  today: string;
}) {
  const t = useTranslations("teamDays");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [weekdays, setWeekdays] = useState<Weekday[]>(initial.weekdays);
  const [weeksInCycle, setWeeksInCycle] = useState(initial.weeksInCycle);
  const [weekOfCycle, setWeekOfCycle] = useState(initial.weekOfCycle);
  const [effectiveFrom, setEffectiveFrom] = useState(initial.effectiveFrom);
  const dateError = !/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom) ? t("startInvalid") : effectiveFrom < today ? t("startPast") : null;
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState<"submit" | "draft" | null>(null);
  const id = `team-${teamId}`;

  async function send(submit: boolean) {
    setDone(null);
    if (weekdays.length === 0) return setError(t("chooseWeekday"));
    if (dateError) return;
    setPending(submit ? "submit" : "draft");
    const result = await saveTeamDaysAction({ teamId, weekdays, weeksInCycle, weekOfCycle, effectiveFrom, submit });
    setPending(null);
    if (!result.ok) {
      const code = result.error.code;
      return setError(code === "proposal_pending" ? t("pending") : code === "no_plan" ? t("noPlan") : code === "past_effective_date" ? t("startPast") : result.error.message);
    }
    setError(null);
    setDone(submit ? t("submitted") : t("savedDraft"));
    router.refresh();
  }

  return (
    // Phone: choices, preview, then send. Wide screens: choices and send on the left, the preview beside them.
    <form className="grid gap-3 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:grid-rows-[auto_1fr] lg:items-start lg:gap-x-6" noValidate onSubmit={(event) => { event.preventDefault(); void send(true); }} aria-label={t("formLabel", { team: teamName })}>
      <div className="space-y-3 lg:col-start-1 lg:row-start-1">
        <fieldset aria-describedby={error ? `${id}-errors` : undefined}>
          <legend className="text-sm font-medium text-stone-800">{t("weekdays")}</legend>
          <div className="mt-1 flex flex-wrap gap-1.5">
            {workingWeekdays.map((day) => {
              const checked = weekdays.includes(day);
              return (
                <label key={day} className={`flex items-center gap-1.5 rounded-md border px-2 py-1 text-sm ${checked ? "border-brand-600 bg-brand-50" : "border-stone-300 bg-white"}`}>
                  <input type="checkbox" checked={checked} onChange={() => { setError(null); setWeekdays(checked ? weekdays.filter((candidate) => candidate !== day) : [...weekdays, day].sort()); }} />
                  {weekdayName(day, locale)}
                </label>
              );
            })}
          </div>
          <FieldErrors id={`${id}-errors`} messages={error ? [error] : []} />
        </fieldset>
        <div className="grid max-w-md grid-cols-2 gap-2">
          <div>
            <label htmlFor={`${id}-weeks`} className="block text-sm font-medium text-stone-800">{t("repeats")}</label>
            <select id={`${id}-weeks`} className={inputClass} value={weeksInCycle} onChange={(event) => { const weeks = Number(event.target.value); setWeeksInCycle(weeks); setWeekOfCycle(Math.min(weekOfCycle, weeks)); }}>
              {[1, 2, 3, 4].map((weeks) => <option key={weeks} value={weeks}>{t("everyNWeeks", { weeks })}</option>)}
            </select>
          </div>
          {weeksInCycle > 1 ? (
            <div>
              <label htmlFor={`${id}-week`} className="block text-sm font-medium text-stone-800">{t("whichWeek")}</label>
              <select id={`${id}-week`} className={inputClass} value={weekOfCycle} onChange={(event) => setWeekOfCycle(Number(event.target.value))}>
                {Array.from({ length: weeksInCycle }, (_, index) => index + 1).map((week) => <option key={week} value={week}>{t("weekOfCycle", { week, weeks: weeksInCycle })}</option>)}
              </select>
            </div>
          ) : null}
        </div>
        <div className="max-w-xs">
          <label htmlFor={`${id}-start`} className="block text-sm font-medium text-stone-800">{t("startFrom")}</label>
          <input id={`${id}-start`} type="date" min={today} className={inputClass} value={effectiveFrom}
            aria-invalid={dateError ? true : undefined} aria-describedby={`${id}-start-hint${dateError ? ` ${id}-start-errors` : ""}`}
            onChange={(event) => { setDone(null); setEffectiveFrom(event.target.value); }} />
          <p id={`${id}-start-hint`} className="mt-1 text-xs text-stone-600">{t("startHint")}</p>
          <FieldErrors id={`${id}-start-errors`} messages={dateError ? [dateError] : []} />
        </div>
      </div>
      <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <TeamDaysPreview proposal={{ teamId, weekdays, weeksInCycle, weekOfCycle, effectiveFrom }} titleId={`${id}-preview-title`} />
      </div>
      <div className="space-y-3 lg:col-start-1 lg:row-start-2">
        {done ? <p role="status" className="text-sm text-emerald-800">{done}</p> : null}
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={pending !== null} aria-busy={pending === "submit" || undefined} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">{pending === "submit" ? <Spinner className="mr-2 align-[-0.2em]" /> : null}{t("submit")}</button>
          <button type="button" disabled={pending !== null} aria-busy={pending === "draft" || undefined} onClick={() => void send(false)} className="rounded-md border border-stone-300 bg-white px-4 py-2 font-medium hover:bg-stone-100 disabled:opacity-60">{pending === "draft" ? <Spinner className="mr-2 align-[-0.2em]" /> : null}{t("saveDraft")}</button>
        </div>
      </div>
    </form>
  );
}
