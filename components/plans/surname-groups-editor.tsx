"use client";

import { useTranslations } from "next-intl";
import type { SurnameGroup } from "@/lib/rotation";
import { FieldErrors, inputClass, smallButton, useRulesEditor } from "./editor-context";
import { groupTint, LetterStrip } from "./letter-strip";
import { CycleFields, WeekdayPicker } from "./weekday-picker";

export function SurnameGroupsEditor({ waveIndex, groups }: { waveIndex: number; groups: readonly SurnameGroup[] }) {
  const t = useTranslations("planEditor");
  const { change, errorsAt, alphabet, readOnly, workingWeekdays } = useRulesEditor();
  const base = `waves.${waveIndex}.distribution.groups`;
  const edit = (index: number, patch: Partial<SurnameGroup>) =>
    change((rules) => {
      const distribution = rules.waves[waveIndex]?.distribution;
      if (distribution?.rule !== "surname") return;
      distribution.groups[index] = { ...(distribution.groups[index] as SurnameGroup), ...patch };
    });
  const listErrors = errorsAt(base);
  return (
    <div className="space-y-3">
      <LetterStrip alphabet={alphabet} groups={groups} />
      <FieldErrors id={`w${waveIndex}-groups-errors`} messages={listErrors} />
      <ol className="space-y-3">
        {groups.map((group, index) => {
          const id = `w${waveIndex}-g${index}`;
          const path = `${base}.${index}`;
          const letterSelect = (field: "from" | "to") => {
            const errors = errorsAt(`${path}.${field}`);
            return (
              <div>
                <label htmlFor={`${id}-${field}`} className="block text-sm font-medium text-stone-800">{t(field === "from" ? "fromLetter" : "toLetter")}</label>
                <select id={`${id}-${field}`} className={inputClass} value={group[field]} disabled={readOnly} aria-invalid={errors.length > 0 || undefined}
                  aria-describedby={errors.length ? `${id}-${field}-errors` : undefined}
                  onChange={(event) => edit(index, { [field]: event.target.value })}>
                  {alphabet.includes(group[field]) ? null : <option value={group[field]}>{group[field]}</option>}
                  {alphabet.map((letter) => (
                    <option key={letter} value={letter}>{letter}</option>
                  ))}
                </select>
                <FieldErrors id={`${id}-${field}-errors`} messages={errors} />
              </div>
            );
          };
          return (
            <li key={index} className="rounded-md border border-stone-200 bg-stone-50 p-3" aria-label={t("groupLabel", { number: index + 1 })}>
              <div className="mb-2 flex items-center justify-between gap-2">
                <p className="flex items-center gap-2 text-sm font-semibold">
                  <span aria-hidden="true" className={`inline-flex h-5 w-5 items-center justify-center rounded text-xs ${groupTint(index)}`}>{index + 1}</span>
                  {t("groupLabel", { number: index + 1 })}
                </p>
                {!readOnly ? (
                  <button type="button" className={smallButton} aria-label={t("removeGroupLabel", { number: index + 1 })}
                    onClick={() => change((rules) => {
                      const distribution = rules.waves[waveIndex]?.distribution;
                      if (distribution?.rule === "surname") distribution.groups.splice(index, 1);
                    })}>
                    {t("remove")}
                  </button>
                ) : null}
              </div>
              <div className="grid grid-cols-2 gap-2">
                {letterSelect("from")}
                {letterSelect("to")}
              </div>
              <FieldErrors id={`${id}-errors`} messages={errorsAt(path)} />
              <div className="mt-2 space-y-2">
                <WeekdayPicker id={`${id}-days`} value={group.weekdays} errors={errorsAt(`${path}.weekdays`)} onChange={(weekdays) => edit(index, { weekdays })} />
                <CycleFields id={`${id}-cycle`} weeksInCycle={group.weeksInCycle} weekOfCycle={group.weekOfCycle}
                  errors={errorsAt(`${path}.weekOfCycle`)} onChange={(cycle) => edit(index, cycle)} />
              </div>
            </li>
          );
        })}
      </ol>
      {!readOnly ? (
        <button type="button" className={smallButton}
          onClick={() => change((rules) => {
            const distribution = rules.waves[waveIndex]?.distribution;
            if (distribution?.rule !== "surname") return;
            const last = alphabet[alphabet.length - 1] as string;
            distribution.groups.push({ from: last, to: last, weekdays: [workingWeekdays[0] ?? 1], weeksInCycle: 1, weekOfCycle: 1 });
          })}>
          {t("addGroup")}
        </button>
      ) : null}
    </div>
  );
}
