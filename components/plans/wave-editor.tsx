"use client";

import { useLocale, useTranslations } from "next-intl";
import { wordWaveName } from "@/components/rotation/reason-words";
import type { Locale } from "@/lib/i18n/config";
import type { Wave, WaveSelector } from "@/lib/rotation";
import { FieldErrors, inputClass, smallButton, useRulesEditor } from "./editor-context";
import { SurnameGroupsEditor } from "./surname-groups-editor";
import { TeamDaysEditor } from "./team-days-editor";

type SelectorKind = WaveSelector["kind"];
const SELECTOR_KINDS: SelectorKind[] = ["new-hires", "essential-teams", "hard-hit-teams", "teams", "everyone"];

export function WaveEditor({ index, wave, count }: { index: number; wave: Wave; count: number }) {
  const t = useTranslations("planEditor");
  const reasons = useTranslations("reasons");
  const locale = useLocale() as Locale;
  const { change, errorsAt, teams, readOnly, alphabet, workingWeekdays } = useRulesEditor();
  const id = `w${index}`;
  const path = `waves.${index}`;
  const editWave = (edit: (wave: Wave) => void) => change((rules) => {
    const target = rules.waves[index];
    if (target) edit(target);
  });
  const selector = (kind: SelectorKind) => wave.selectors.find((candidate) => candidate.kind === kind);
  const toggle = (kind: SelectorKind) => editWave((target) => {
    if (target.selectors.some((candidate) => candidate.kind === kind)) {
      target.selectors = target.selectors.filter((candidate) => candidate.kind !== kind);
      return;
    }
    const created: WaveSelector =
      kind === "new-hires" ? { kind, withinDays: 30 } : kind === "teams" ? { kind, teamIds: teams[0] ? [teams[0].id] : [] } : { kind };
    target.selectors.push(created);
  });
  const selectorIndex = (kind: SelectorKind) => wave.selectors.findIndex((candidate) => candidate.kind === kind);
  const fromErrors = errorsAt(`${path}.from`);
  const nameErrors = errorsAt(`${path}.name`);
  const newHires = selector("new-hires");
  // What employees read in their reasons: HR's name, else one made from whom the wave selects.
  const shownName = wordWaveName(reasons, locale, index + 1, { name: wave.name?.trim() || null, selectors: wave.selectors.map((item) => item.kind) });
  const chosen = selector("teams");
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${id}-title`} className="text-base font-semibold">{t("waveTitle", { number: index + 1 })}</h3>
        {!readOnly ? (
          <div className="flex gap-1.5">
            <button type="button" className={smallButton} disabled={index === 0} aria-label={t("moveUpLabel", { number: index + 1 })}
              onClick={() => change((rules) => { const [moved] = rules.waves.splice(index, 1); if (moved) rules.waves.splice(index - 1, 0, moved); })}>↑</button>
            <button type="button" className={smallButton} disabled={index === count - 1} aria-label={t("moveDownLabel", { number: index + 1 })}
              onClick={() => change((rules) => { const [moved] = rules.waves.splice(index, 1); if (moved) rules.waves.splice(index + 1, 0, moved); })}>↓</button>
            <button type="button" className={smallButton} disabled={count === 1} aria-label={t("removeWaveLabel", { number: index + 1 })}
              onClick={() => change((rules) => { rules.waves.splice(index, 1); })}>{t("remove")}</button>
          </div>
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium text-stone-800">{t("waveName")}</label>
          <input id={`${id}-name`} className={inputClass} value={wave.name ?? ""} disabled={readOnly} maxLength={80}
            placeholder={wave.selectors.length > 0 ? shownName : undefined}
            aria-invalid={nameErrors.length > 0 || undefined} aria-describedby={[wave.selectors.length > 0 ? `${id}-name-hint` : "", nameErrors.length ? `${id}-name-errors` : ""].join(" ").trim() || undefined}
            onChange={(event) => editWave((target) => { target.name = event.target.value.trim() === "" ? undefined : event.target.value; })} />
          {wave.selectors.length > 0 ? <p id={`${id}-name-hint`} className="mt-1 text-xs text-stone-600">{t("waveNameHint", { name: shownName })}</p> : null}
          <FieldErrors id={`${id}-name-errors`} messages={nameErrors} />
        </div>
        <div>
          <label htmlFor={`${id}-from`} className="block text-sm font-medium text-stone-800">{t("waveFrom")}</label>
          <input id={`${id}-from`} type="date" className={inputClass} value={wave.from ?? ""} disabled={readOnly}
            aria-invalid={fromErrors.length > 0 || undefined} aria-describedby={`${id}-from-hint${fromErrors.length ? ` ${id}-from-errors` : ""}`}
            onChange={(event) => editWave((target) => { target.from = event.target.value === "" ? undefined : event.target.value; })} />
          <p id={`${id}-from-hint`} className="mt-1 text-xs text-stone-600">{t("waveFromHint")}</p>
          <FieldErrors id={`${id}-from-errors`} messages={fromErrors} />
        </div>
      </div>

      <fieldset className="mt-4" aria-describedby={errorsAt(`${path}.selectors`).length ? `${id}-who-errors` : undefined}>
        <legend className="text-sm font-medium text-stone-800">{t("who")}</legend>
        <ul className="mt-1 space-y-1.5">
          {SELECTOR_KINDS.map((kind) => (
            <li key={kind}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={Boolean(selector(kind))} disabled={readOnly} onChange={() => toggle(kind)} />
                {t(`selectors.${kind}`)}
              </label>
              {kind === "new-hires" && newHires?.kind === "new-hires" ? (
                <div className="ml-6 mt-1 max-w-48">
                  <label htmlFor={`${id}-within`} className="block text-xs text-stone-700">{t("withinDays")}</label>
                  <input id={`${id}-within`} type="number" min={1} max={3650} className={inputClass} value={Number.isNaN(newHires.withinDays) ? "" : newHires.withinDays} disabled={readOnly}
                    onChange={(event) => editWave((target) => {
                      const found = target.selectors[selectorIndex("new-hires")];
                      if (found?.kind === "new-hires") found.withinDays = event.target.valueAsNumber;
                    })} />
                  <FieldErrors id={`${id}-within-errors`} messages={errorsAt(`${path}.selectors.${selectorIndex("new-hires")}.withinDays`)} />
                </div>
              ) : null}
              {kind === "teams" && chosen?.kind === "teams" ? (
                <fieldset className="ml-6 mt-1">
                  <legend className="sr-only">{t("chosenTeams")}</legend>
                  <div className="flex flex-wrap gap-x-4 gap-y-1">
                    {teams.map((team) => (
                      <label key={team.id} className="flex items-center gap-1.5 text-sm">
                        <input type="checkbox" checked={chosen.teamIds.includes(team.id)} disabled={readOnly}
                          onChange={() => editWave((target) => {
                            const found = target.selectors[selectorIndex("teams")];
                            if (found?.kind !== "teams") return;
                            found.teamIds = found.teamIds.includes(team.id) ? found.teamIds.filter((teamId) => teamId !== team.id) : [...found.teamIds, team.id];
                          })} />
                        {team.name}
                      </label>
                    ))}
                  </div>
                  <FieldErrors id={`${id}-teams-errors`} messages={errorsAt(`${path}.selectors.${selectorIndex("teams")}.teamIds`)} />
                </fieldset>
              ) : null}
            </li>
          ))}
        </ul>
        <FieldErrors id={`${id}-who-errors`} messages={errorsAt(`${path}.selectors`)} />
      </fieldset>

      <fieldset className="mt-4">
        <legend className="text-sm font-medium text-stone-800">{t("spread")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {(["surname", "team"] as const).map((rule) => (
            <label key={rule} className="flex items-center gap-2 text-sm">
              <input type="radio" name={`${id}-rule`} checked={wave.distribution.rule === rule} disabled={readOnly}
                onChange={() => editWave((target) => {
                  const day = workingWeekdays[0] ?? 1;
                  target.distribution = rule === "surname"
                    ? { rule, groups: [{ from: alphabet[0] as string, to: alphabet[alphabet.length - 1] as string, weekdays: [day], weeksInCycle: 1, weekOfCycle: 1 }] }
                    : { rule, teams: teams.slice(0, 1).map((team) => ({ teamId: team.id, weekdays: [day], weeksInCycle: 1, weekOfCycle: 1 })) };
                })} />
              {t(`spreads.${rule}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-3">
        {wave.distribution.rule === "surname" ? (
          <SurnameGroupsEditor waveIndex={index} groups={wave.distribution.groups} />
        ) : (
          <TeamDaysEditor waveIndex={index} entries={wave.distribution.teams} />
        )}
      </div>
    </section>
  );
}
