"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { weekdayName } from "@/lib/i18n/dates";
import type { Weekday } from "@/lib/rotation";
import { FieldErrors, inputClass, useRulesEditor } from "./editor-context";

/** Checkboxes for the office's working weekdays. */
export function WeekdayPicker({ id, value, onChange, errors }: { id: string; value: readonly Weekday[]; onChange: (days: Weekday[]) => void; errors: string[] }) {
  const t = useTranslations("planEditor");
  const locale = useLocale() as Locale;
  const { workingWeekdays, readOnly } = useRulesEditor();
  const shown = [...new Set([...workingWeekdays, ...value])].sort();
  return (
    <fieldset aria-describedby={errors.length ? `${id}-errors` : undefined}>
      <legend className="text-sm font-medium text-stone-800">{t("weekdays")}</legend>
      <div className="mt-1 flex flex-wrap gap-1.5">
        {shown.map((day) => {
          const checked = value.includes(day);
          return (
            <label key={day} className={`flex cursor-pointer items-center gap-1.5 rounded-md border px-2 py-1 text-sm ${checked ? "border-brand-600 bg-brand-50 text-brand-900" : "border-stone-300 bg-white"}`}>
              <input
                type="checkbox"
                checked={checked}
                disabled={readOnly}
                onChange={() => onChange(checked ? value.filter((candidate) => candidate !== day) : [...value, day].sort())}
              />
              <span aria-hidden="true">{weekdayName(day, locale, "short")}</span>
              <span className="sr-only">{weekdayName(day, locale)}</span>
            </label>
          );
        })}
      </div>
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </fieldset>
  );
}

/** "Every week" or "every N weeks, in week K": the alternating-week cycle of a group or team. */
export function CycleFields({ id, weeksInCycle, weekOfCycle, onChange, errors }: {
  id: string;
  weeksInCycle: number;
  weekOfCycle: number;
  onChange: (cycle: { weeksInCycle: number; weekOfCycle: number }) => void;
  errors: string[];
}) {
  const t = useTranslations("planEditor");
  const { readOnly } = useRulesEditor();
  return (
    <div className="grid grid-cols-2 gap-2">
      <div>
        <label htmlFor={`${id}-weeks`} className="block text-sm font-medium text-stone-800">{t("repeats")}</label>
        <select id={`${id}-weeks`} className={inputClass} value={weeksInCycle} disabled={readOnly}
          onChange={(event) => {
            const weeks = Number(event.target.value);
            onChange({ weeksInCycle: weeks, weekOfCycle: Math.min(weekOfCycle, weeks) });
          }}>
          {[1, 2, 3, 4].map((weeks) => (
            <option key={weeks} value={weeks}>{t("everyNWeeks", { weeks })}</option>
          ))}
        </select>
      </div>
      {weeksInCycle > 1 ? (
        <div>
          <label htmlFor={`${id}-week`} className="block text-sm font-medium text-stone-800">{t("whichWeek")}</label>
          <select id={`${id}-week`} className={inputClass} value={weekOfCycle} disabled={readOnly} aria-invalid={errors.length > 0 || undefined}
            aria-describedby={errors.length ? `${id}-week-errors` : undefined}
            onChange={(event) => onChange({ weeksInCycle, weekOfCycle: Number(event.target.value) })}>
            {Array.from({ length: weeksInCycle }, (_, index) => index + 1).map((week) => (
              <option key={week} value={week}>{t("weekOfCycle", { week, weeks: weeksInCycle })}</option>
            ))}
          </select>
          <FieldErrors id={`${id}-week-errors`} messages={errors} />
        </div>
      ) : null}
    </div>
  );
}
