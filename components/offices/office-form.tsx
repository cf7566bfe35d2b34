"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { createOfficeAction } from "@/lib/actions/create-office";
import { previewOfficeChangeAction } from "@/lib/actions/preview-office-change";
import { updateOfficeAction } from "@/lib/actions/update-office";
import type { ChangePreview } from "@/lib/offices/change-preview";
import { HOLIDAY_COUNTRIES } from "@/lib/offices/public-holidays";
import { ROTATION_LOCALES } from "@/lib/rotation";
import { officeSettingsSchema, type OfficeSettings } from "@/lib/validation/offices";
import { FieldError, FormMessage, SelectField, errorProps, inputClass, primaryButton, secondaryButton } from "@/components/forms/fields";
import { useFormErrors } from "@/components/forms/use-form-errors";
import { TextField } from "@/components/ui/text-field";
import { useReveal } from "@/components/ui/use-reveal";
import { ChangePreviewPanel } from "./change-preview";

export interface OfficeFormValues {
  name: string;
  timezone: string;
  locale: string;
  country: string;
  seats: string;
  capacityMode: "percent" | "fixed";
  capacityPercent: string;
  capacityFixed: string;
  workingWeekdays: number[];
  digestWeekday: string;
  digestTime: string;
}

/**
 * Creates or edits an office. Editing shows, before saving, which coming
 * days the new seats, capacity or working days change and how many people
 * that moves; the change is saved only on confirmation.
 */
export function OfficeForm({ officeId, initial, timeZones, weekdayNames, countryNames }: {
  officeId?: string;
  initial: OfficeFormValues;
  timeZones: string[];
  weekdayNames: string[];
  countryNames: Record<string, string>;
}) {
  const t = useTranslations("offices");
  const router = useRouter();
  const errors = useFormErrors();
  const reveal = useReveal<HTMLDivElement>();
  const [values, setValues] = useState(initial);
  const [pending, setPending] = useState(false);
  const [preview, setPreview] = useState<{ settings: OfficeSettings; result: ChangePreview } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const set = <K extends keyof OfficeFormValues>(key: K, value: OfficeFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setPreview(null);
    setSaved(null);
  };

  const input = () => ({
    name: values.name,
    timezone: values.timezone,
    locale: values.locale,
    country: values.country,
    seats: values.seats,
    capacity: values.capacityMode === "percent" ? { mode: "percent" as const, percent: values.capacityPercent } : { mode: "fixed" as const, people: values.capacityFixed },
    workingWeekdays: values.workingWeekdays,
    digestWeekday: values.digestWeekday,
    digestTime: values.digestTime,
  });

  async function save(settings: OfficeSettings) {
    const result = officeId ? await updateOfficeAction({ id: officeId, settings }) : await createOfficeAction(settings);
    setPending(false);
    if (!result.ok) return errors.show(result.error, officeId ? "settings." : "");
    setPreview(null);
    if (officeId) {
      setSaved(t("saved"));
      router.refresh();
    } else {
      router.push(`/offices/${result.data.id}`);
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const parsed = officeSettingsSchema.safeParse(input());
    if (!parsed.success) {
      errors.show({ code: "invalid_input", message: "", issues: parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })) });
      return;
    }
    setPending(true);
    if (!officeId || preview) return save(parsed.data);
    const result = await previewOfficeChangeAction({ officeId, settings: parsed.data });
    if (!result.ok) {
      setPending(false);
      return errors.show(result.error, "settings.");
    }
    if (result.data.days.length === 0) return save(parsed.data);
    setPending(false);
    setPreview({ settings: parsed.data, result: result.data });
  }

  const field = errors.fields;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage error={errors.form} success={saved} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="office-name" label={t("officeName")} value={values.name} error={field.name} onChange={(event) => set("name", event.target.value)} required />
        <div>
          <label htmlFor="office-timezone" className="block text-sm font-medium text-stone-800">{t("timezone")}</label>
          <input id="office-timezone" list="time-zones" className={inputClass} value={values.timezone} onChange={(event) => set("timezone", event.target.value)}
            {...errorProps("office-timezone", field.timezone)} aria-describedby={field.timezone ? "office-timezone-error" : "office-timezone-hint"} />
          <datalist id="time-zones">{timeZones.map((zone) => <option key={zone} value={zone} />)}</datalist>
          {field.timezone ? <FieldError id="office-timezone" error={field.timezone} /> : <p id="office-timezone-hint" className="mt-1 text-sm text-stone-600">{t("timezoneHint")}</p>}
        </div>
        <SelectField id="office-locale" label={t("alphabet")} value={values.locale} error={field.locale} onChange={(event) => set("locale", event.target.value)}>
          {ROTATION_LOCALES.map((locale) => <option key={locale} value={locale}>{t(`alphabets.${locale}`)}</option>)}
        </SelectField>
        <SelectField id="office-country" label={t("country")} value={values.country} error={field.country} onChange={(event) => set("country", event.target.value)}>
          <option value="">{t("chooseCountry")}</option>
          {HOLIDAY_COUNTRIES.map((country) => <option key={country} value={country}>{countryNames[country] ?? country}</option>)}
        </SelectField>
        <TextField id="office-seats" label={t("seats")} inputMode="numeric" value={values.seats} error={field.seats} onChange={(event) => set("seats", event.target.value)} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">{t("capacity")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <div className="rounded-md border border-stone-200 p-3">
            <label className="flex items-center gap-2">
              <input type="radio" name="capacity-mode" checked={values.capacityMode === "percent"} onChange={() => set("capacityMode", "percent")} />
              {t("capacityPercentMode")}
            </label>
            <label htmlFor="office-capacity-percent" className="mt-2 block text-sm text-stone-700">{t("capacityPercent")}</label>
            <input id="office-capacity-percent" inputMode="numeric" className={inputClass} value={values.capacityPercent} disabled={values.capacityMode !== "percent"}
              onChange={(event) => set("capacityPercent", event.target.value)} {...errorProps("office-capacity-percent", field["capacity.percent"])} />
            <FieldError id="office-capacity-percent" error={field["capacity.percent"]} />
          </div>
          <div className="rounded-md border border-stone-200 p-3">
            <label className="flex items-center gap-2">
              <input type="radio" name="capacity-mode" checked={values.capacityMode === "fixed"} onChange={() => set("capacityMode", "fixed")} />
              {t("capacityFixedMode")}
            </label>
            <label htmlFor="office-capacity-fixed" className="mt-2 block text-sm text-stone-700">{t("capacityFixed")}</label>
            <input id="office-capacity-fixed" inputMode="numeric" className={inputClass} value={values.capacityFixed} disabled={values.capacityMode !== "fixed"}
              onChange={(event) => set("capacityFixed", event.target.value)} {...errorProps("office-capacity-fixed", field["capacity.people"])} />
            <FieldError id="office-capacity-fixed" error={field["capacity.people"]} />
          </div>
        </div>
      </fieldset>
      <fieldset aria-describedby={field.workingWeekdays ? "office-weekdays-error" : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("workingDays")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {weekdayNames.map((name, index) => {
            const weekday = index + 1;
            const checked = values.workingWeekdays.includes(weekday);
            return (
              <label key={weekday} className="flex items-center gap-2 rounded-md border border-stone-300 bg-white px-3 py-1.5">
                <input type="checkbox" checked={checked}
                  onChange={() => set("workingWeekdays", checked ? values.workingWeekdays.filter((day) => day !== weekday) : [...values.workingWeekdays, weekday])} />
                {name}
              </label>
            );
          })}
        </div>
        <FieldError id="office-weekdays" error={field.workingWeekdays} />
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-stone-800">{t("digest")}</legend>
        <p className="mt-1 text-sm text-stone-600">{t("digestHint")}</p>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <SelectField id="office-digest-weekday" label={t("digestWeekday")} value={values.digestWeekday} error={field.digestWeekday} onChange={(event) => set("digestWeekday", event.target.value)}>
            {weekdayNames.map((name, index) => <option key={name} value={String(index + 1)}>{name}</option>)}
          </SelectField>
          <div>
            <label htmlFor="office-digest-time" className="block text-sm font-medium text-stone-800">{t("digestTime")}</label>
            <input id="office-digest-time" type="time" step={60} className={inputClass} value={values.digestTime} onChange={(event) => set("digestTime", event.target.value)}
              {...errorProps("office-digest-time", field.digestTime)} />
            <FieldError id="office-digest-time" error={field.digestTime} />
          </div>
        </div>
      </fieldset>
      {preview ? (
        // Shown in place of a plain save: bring it to the person and let a screen reader read it.
        <div ref={reveal} tabIndex={-1} data-testid="pending-change" className="-mx-2 scroll-mt-4 rounded-lg px-2 py-2 focus:outline-2 focus:outline-brand-600">
          <ChangePreviewPanel preview={preview.result} />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("saving") : preview ? t("confirmSave") : officeId ? t("save") : t("create")}
        </button>
        {preview ? <button type="button" className={secondaryButton} onClick={() => setPreview(null)}>{t("cancelChange")}</button> : null}
      </div>
    </form>
  );
}
