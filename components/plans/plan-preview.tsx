"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { aboutSomeone, wordReason } from "@/components/rotation/reason-words";
import { Badge } from "@/components/ui/badge";
import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDayHeading } from "@/lib/i18n/dates";
import { previewPlan, type PreviewBase } from "@/lib/plans/preview";
import { scheduleFor, type RotationRules } from "@/lib/rotation";
import { inputClass, smallButton } from "./editor-context";
import { PreviewTotals } from "./preview-totals";

export interface PreviewPerson {
  id: string;
  name: string;
}

/**
 * The draft's effect, recomputed in the browser on every change: the engine
 * is pure and takes tens of milliseconds for 10,000 people, so running it
 * here on the roster loaded once beats any round trip to the server.
 */
export function PlanPreview({ base, rules, effectiveFrom, people }: { base: PreviewBase; rules: RotationRules | null; effectiveFrom: string; people: readonly PreviewPerson[] }) {
  const t = useTranslations("planPreview");
  const preview = useMemo(() => (rules && /^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom) ? previewPlan(base, { rules, effectiveFrom }) : null), [base, rules, effectiveFrom]);
  if (!preview) {
    return (
      <section aria-labelledby="preview-title" className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <h2 id="preview-title" className="text-lg font-semibold">{t("title")}</h2>
        <p className="mt-2 text-sm text-stone-700" role="status">{t("fixErrors")}</p>
      </section>
    );
  }
  return <PreviewTotals days={preview.days} overCapacityDays={preview.overCapacityDays}>{people.length > 0 ? <PersonDays preview={preview.after} people={people} /> : null}</PreviewTotals>;
}

function PersonDays({ preview, people }: { preview: ReturnType<typeof previewPlan>["after"]; people: readonly PreviewPerson[] }) {
  const t = useTranslations("planPreview");
  const reasons = useTranslations("reasons");
  const locale = useLocale() as Locale;
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<PreviewPerson | null>(null);
  const matches = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase(locale);
    if (needle.length < 2) return [];
    return people.filter((person) => person.name.toLocaleLowerCase(locale).includes(needle)).slice(0, 8);
  }, [people, query, locale]);
  const days = chosen ? scheduleFor(preview, chosen.id).filter((day) => !(day.reason.kind === "not-expected" && day.reason.reason === "non-working-day")) : [];
  return (
    <div className="mt-5 border-t border-stone-200 pt-4">
      <h3 className="text-base font-semibold">{t("personTitle")}</h3>
      <label htmlFor="preview-person" className="mt-2 block text-sm font-medium text-stone-800">{t("personSearch")}</label>
      <input id="preview-person" type="search" className={inputClass} value={query} autoComplete="off" onChange={(event) => setQuery(event.target.value)} placeholder={t("personPlaceholder")} />
      {matches.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={t("matches")}>
          {matches.map((person) => (
            <li key={person.id}>
              <button type="button" className={`${smallButton} ${chosen?.id === person.id ? "border-brand-600 bg-brand-50" : ""}`} aria-pressed={chosen?.id === person.id} onClick={() => setChosen(person)}>
                {person.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen ? (
        <div className="mt-3">
          <p className="text-sm font-medium">{t("personDays", { name: chosen.name, days: days.filter((day) => day.expected).length })}</p>
          <ol className="mt-2 divide-y divide-stone-100 text-sm" aria-label={t("personDaysLabel", { name: chosen.name })}>
            {days.map((day) => {
              const heading = formatDayHeading(toDbDate(day.date), locale);
              return (
                <li key={day.date} className={`grid grid-cols-[7rem_1fr] gap-3 py-1.5 ${day.expected ? "bg-brand-50" : ""}`}>
                  <span><span className="capitalize">{heading.weekday}</span> <span className="text-stone-600">{heading.date}</span></span>
                  <span>
                    <Badge tone={day.expected ? "brand" : "neutral"}>{day.expected ? t("inOffice") : t("home")}</Badge>{" "}
                    {wordReason(aboutSomeone(reasons), locale, day.reason)}
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
    </div>
  );
}

