"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { addClosuresAction } from "@/lib/actions/add-closures";
import { deleteClosureAction } from "@/lib/actions/delete-closure";
import { listPublicHolidaysAction } from "@/lib/actions/list-public-holidays";
import { previewOfficeChangeAction } from "@/lib/actions/preview-office-change";
import type { ActionResult } from "@/lib/actions/safe-action";
import { updateClosureAction } from "@/lib/actions/update-closure";
import { toDbDate } from "@/lib/date-only";
import type { Locale } from "@/lib/i18n/config";
import { formatShortDate } from "@/lib/i18n/dates";
import type { ChangePreview } from "@/lib/offices/change-preview";
import { closureDays } from "@/lib/offices/closure-days";
import { closureRangeSchema } from "@/lib/validation/offices";
import { FieldError, FormMessage, dangerButton, errorProps, inputClass, primaryButton, secondaryButton } from "@/components/forms/fields";
import { useFormErrors } from "@/components/forms/use-form-errors";
import { useReveal } from "@/components/ui/use-reveal";
import { ChangePreviewPanel } from "./change-preview";
import { Spinner } from "@/components/ui/spinner";

interface Closure {
  id: string;
  date: string;
  reason: string;
}

interface PendingChange {
  /** Tells one proposal from the next, so each new one is brought into view. */
  step: number;
  label: string;
  preview: ChangePreview;
  apply: () => Promise<ActionResult<unknown>>;
}

/**
 * The office's coming closed days: add a day or a range, fill in a year's
 * public holidays (reviewed and edited before saving), edit or remove any.
 * Every change first shows which coming days it moves, then waits for a confirmation.
 */
export function ClosuresEditor({ officeId, closures, currentYear }: { officeId: string; closures: Closure[]; currentYear: number }) {
  const t = useTranslations("closures");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const errors = useFormErrors();
  const reveal = useReveal<HTMLDivElement>();
  const [pending, setPending] = useState<PendingChange | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [range, setRange] = useState({ from: "", to: "", reason: "" });
  const [editing, setEditing] = useState<Closure | null>(null);
  const [year, setYear] = useState(String(currentYear));
  const [holidays, setHolidays] = useState<{ date: string; name: string; include: boolean; alreadyClosed: boolean }[] | null>(null);
  const day = (date: string) => formatShortDate(toDbDate(date), locale);

  /** Previews a change and keeps it until the person confirms or cancels. */
  async function propose(label: string, change: { addClosures?: string[]; removeClosures?: string[] }, apply: PendingChange["apply"]) {
    errors.clear();
    setDone(null);
    setBusy(true);
    const result = await previewOfficeChangeAction({ officeId, ...change });
    setBusy(false);
    if (!result.ok) return errors.show(result.error);
    setPending((previous) => ({ step: (previous?.step ?? 0) + 1, label, preview: result.data, apply }));
  }

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    const result = await pending.apply();
    setBusy(false);
    if (!result.ok) return errors.show(result.error);
    setPending(null);
    setEditing(null);
    setHolidays(null);
    setRange({ from: "", to: "", reason: "" });
    setDone(t("savedChange"));
    router.refresh();
  }

  function onAddRange(event: FormEvent) {
    event.preventDefault();
    const parsed = closureRangeSchema.safeParse({ from: range.from, to: range.to || undefined, reason: range.reason });
    if (!parsed.success) {
      errors.show({ code: "invalid_input", message: "", issues: parsed.error.issues.map((issue) => ({ field: `range.${issue.path.join(".")}`, message: issue.message })) });
      return;
    }
    const days = closureDays(parsed.data.from, parsed.data.to);
    const list = days.map((date) => ({ date, reason: parsed.data.reason }));
    void propose(t("addingDays", { count: days.length }), { addClosures: days }, () => addClosuresAction({ officeId, closures: list }));
  }

  async function loadHolidays(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    const result = await listPublicHolidaysAction({ officeId, year });
    setBusy(false);
    if (!result.ok) return errors.show(result.error);
    setHolidays(result.data.map((holiday) => ({ ...holiday, include: !holiday.alreadyClosed })));
  }

  function onSaveHolidays() {
    const chosen = (holidays ?? []).filter((holiday) => holiday.include && !holiday.alreadyClosed).map((holiday) => ({ date: holiday.date, reason: holiday.name.trim() }));
    if (chosen.length === 0) return errors.show({ code: "closuresRequired", message: t("noneChosen") });
    void propose(t("addingDays", { count: chosen.length }), { addClosures: chosen.map((holiday) => holiday.date) }, () => addClosuresAction({ officeId, closures: chosen }));
  }

  function onSaveEdit(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    const original = closures.find((closure) => closure.id === editing.id);
    const change = original && original.date !== editing.date ? { addClosures: [editing.date], removeClosures: [original.date] } : {};
    const edited = editing;
    void propose(t("editingDay"), change, () => updateClosureAction({ id: edited.id, date: edited.date, reason: edited.reason }));
  }

  const field = errors.fields;
  return (
    <div className="space-y-6">
      <FormMessage error={errors.form} success={done} />
      {pending ? (
        // The actions that propose a change sit far down the page: bring the preview to the person.
        <div key={pending.step} ref={reveal} tabIndex={-1} role="group" aria-labelledby="pending-change-label" data-testid="pending-change"
          className="-mx-3 scroll-mt-4 space-y-3 rounded-lg px-3 py-2 focus:outline-2 focus:outline-brand-600">
          <p id="pending-change-label" className="font-medium">{pending.label}</p>
          <ChangePreviewPanel preview={pending.preview} />
          <div className="flex flex-wrap gap-3">
            <button type="button" className={primaryButton} disabled={busy} aria-busy={busy || undefined} onClick={() => void confirm()}>{busy ? <Spinner className="mr-2 align-[-0.2em]" /> : null}{t("confirm")}</button>
            <button type="button" className={secondaryButton} onClick={() => setPending(null)}>{t("cancel")}</button>
          </div>
        </div>
      ) : null}

      <div>
        <h3 className="mb-2 font-medium text-stone-900">{t("upcoming")}</h3>
        {closures.length === 0 ? (
          <p className="text-stone-600">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded-md border border-stone-200">
            {closures.map((closure) =>
              editing?.id === closure.id ? (
                <li key={closure.id} className="p-3">
                  <form onSubmit={onSaveEdit} className="flex flex-wrap items-end gap-3">
                    <div>
                      <label htmlFor={`closure-date-${closure.id}`} className="block text-sm text-stone-700">{t("date")}</label>
                      <input id={`closure-date-${closure.id}`} type="date" className={inputClass} value={editing.date} onChange={(event) => setEditing({ ...editing, date: event.target.value })}
                        {...errorProps(`closure-date-${closure.id}`, field.date)} />
                      <FieldError id={`closure-date-${closure.id}`} error={field.date} />
                    </div>
                    <div className="min-w-48 flex-1">
                      <label htmlFor={`closure-reason-${closure.id}`} className="block text-sm text-stone-700">{t("reason")}</label>
                      <input id={`closure-reason-${closure.id}`} className={inputClass} value={editing.reason} onChange={(event) => setEditing({ ...editing, reason: event.target.value })}
                        {...errorProps(`closure-reason-${closure.id}`, field.reason)} />
                      <FieldError id={`closure-reason-${closure.id}`} error={field.reason} />
                    </div>
                    <button type="submit" className={primaryButton} disabled={busy}>{t("saveDay")}</button>
                    <button type="button" className={secondaryButton} onClick={() => setEditing(null)}>{t("cancel")}</button>
                  </form>
                </li>
              ) : (
                <li key={closure.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                  <span>
                    <span className="font-medium">{day(closure.date)}</span> <span className="text-stone-700">{closure.reason}</span>
                  </span>
                  <span className="flex gap-2">
                    <button type="button" className={secondaryButton.replace("px-4 py-2", "px-3 py-1.5 text-sm")} onClick={() => setEditing(closure)}
                      aria-label={t("editDay", { date: day(closure.date) })}>{t("edit")}</button>
                    <button type="button" className={dangerButton} disabled={busy} aria-label={t("removeDay", { date: day(closure.date) })}
                      onClick={() => void propose(t("removingDay", { date: day(closure.date) }), { removeClosures: [closure.date] }, () => deleteClosureAction({ id: closure.id }))}>
                      {t("remove")}
                    </button>
                  </span>
                </li>
              ),
            )}
          </ul>
        )}
      </div>

      <form onSubmit={onAddRange} noValidate className="rounded-md border border-stone-200 p-4">
        <h3 className="mb-3 font-medium text-stone-900">{t("addTitle")}</h3>
        <div className="grid gap-3 sm:grid-cols-3">
          <div>
            <label htmlFor="closure-from" className="block text-sm font-medium text-stone-800">{t("from")}</label>
            <input id="closure-from" type="date" className={inputClass} value={range.from} onChange={(event) => setRange({ ...range, from: event.target.value })} {...errorProps("closure-from", field["range.from"])} />
            <FieldError id="closure-from" error={field["range.from"]} />
          </div>
          <div>
            <label htmlFor="closure-to" className="block text-sm font-medium text-stone-800">{t("to")}</label>
            <input id="closure-to" type="date" className={inputClass} value={range.to} onChange={(event) => setRange({ ...range, to: event.target.value })} {...errorProps("closure-to", field["range.to"])} />
            <FieldError id="closure-to" error={field["range.to"]} />
          </div>
          <div>
            <label htmlFor="closure-reason" className="block text-sm font-medium text-stone-800">{t("reason")}</label>
            <input id="closure-reason" className={inputClass} value={range.reason} onChange={(event) => setRange({ ...range, reason: event.target.value })} {...errorProps("closure-reason", field["range.reason"])} />
            <FieldError id="closure-reason" error={field["range.reason"]} />
          </div>
        </div>
        <button type="submit" className={`${primaryButton} mt-3`} disabled={busy}>{t("add")}</button>
      </form>

      <div className="rounded-md border border-stone-200 p-4">
        <h3 className="mb-3 font-medium text-stone-900">{t("holidaysTitle")}</h3>
        <form onSubmit={loadHolidays} className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="holiday-year" className="block text-sm font-medium text-stone-800">{t("year")}</label>
            <input id="holiday-year" inputMode="numeric" className={`${inputClass} w-28`} value={year} onChange={(event) => setYear(event.target.value)} {...errorProps("holiday-year", field.year)} />
            <FieldError id="holiday-year" error={field.year} />
          </div>
          <button type="submit" className={secondaryButton} disabled={busy}>{t("addHolidays")}</button>
        </form>
        {holidays ? (
          <div className="mt-4">
            <p className="mb-2 text-sm text-stone-700">{t("holidaysHint")}</p>
            <ul className="divide-y divide-stone-100 rounded-md border border-stone-200">
              {holidays.map((holiday, index) => (
                <li key={holiday.date} className="flex flex-wrap items-center gap-3 p-2">
                  <input id={`holiday-include-${holiday.date}`} type="checkbox" checked={holiday.include} disabled={holiday.alreadyClosed}
                    onChange={() => setHolidays(holidays.map((entry, at) => (at === index ? { ...entry, include: !entry.include } : entry)))} />
                  <label htmlFor={`holiday-include-${holiday.date}`} className="w-32 font-medium">{day(holiday.date)}</label>
                  <label htmlFor={`holiday-name-${holiday.date}`} className="sr-only">{t("reasonFor", { date: day(holiday.date) })}</label>
                  <input id={`holiday-name-${holiday.date}`} className="min-w-40 flex-1 rounded-md border border-stone-300 px-2 py-1" value={holiday.name} disabled={holiday.alreadyClosed}
                    onChange={(event) => setHolidays(holidays.map((entry, at) => (at === index ? { ...entry, name: event.target.value } : entry)))} />
                  {holiday.alreadyClosed ? <span className="text-sm text-stone-600">{t("alreadyClosed")}</span> : null}
                </li>
              ))}
            </ul>
            <button type="button" className={`${primaryButton} mt-3`} disabled={busy} onClick={onSaveHolidays}>{t("saveHolidays")}</button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
