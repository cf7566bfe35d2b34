"use client";

import { useTranslations } from "next-intl";
import type { TeamDays } from "@/lib/rotation";
import { FieldErrors, inputClass, smallButton, useRulesEditor } from "./editor-context";
import { CycleFields, WeekdayPicker } from "./weekday-picker";

export function TeamDaysEditor({ waveIndex, entries }: { waveIndex: number; entries: readonly TeamDays[] }) {
  const t = useTranslations("planEditor");
  const { change, errorsAt, teams, readOnly, workingWeekdays } = useRulesEditor();
  const base = `waves.${waveIndex}.distribution.teams`;
  const edit = (index: number, patch: Partial<TeamDays>) =>
    change((rules) => {
      const distribution = rules.waves[waveIndex]?.distribution;
      if (distribution?.rule !== "team") return;
      distribution.teams[index] = { ...(distribution.teams[index] as TeamDays), ...patch };
    });
  const unused = teams.filter((team) => !entries.some((entry) => entry.teamId === team.id));
  return (
    <div className="space-y-3">
      <FieldErrors id={`w${waveIndex}-teams-errors`} messages={errorsAt(base)} />
      <ol className="space-y-3">
        {entries.map((entry, index) => {
          const id = `w${waveIndex}-t${index}`;
          const path = `${base}.${index}`;
          const teamErrors = errorsAt(`${path}.teamId`);
          return (
            <li key={index} className="rounded-md border border-stone-200 bg-stone-50 p-3">
              <div className="flex items-end gap-2">
                <div className="grow">
                  <label htmlFor={`${id}-team`} className="block text-sm font-medium text-stone-800">{t("team")}</label>
                  <select id={`${id}-team`} className={inputClass} value={entry.teamId} disabled={readOnly} aria-invalid={teamErrors.length > 0 || undefined}
                    aria-describedby={teamErrors.length ? `${id}-team-errors` : undefined}
                    onChange={(event) => edit(index, { teamId: event.target.value })}>
                    {teams.some((team) => team.id === entry.teamId) ? null : <option value={entry.teamId}>{t("unknownTeam")}</option>}
                    {teams.map((team) => (
                      <option key={team.id} value={team.id}>{team.name}</option>
                    ))}
                  </select>
                </div>
                {!readOnly ? (
                  <button type="button" className={`${smallButton} mb-1`} aria-label={t("removeTeamLabel", { team: teams.find((team) => team.id === entry.teamId)?.name ?? "" })}
                    onClick={() => change((rules) => {
                      const distribution = rules.waves[waveIndex]?.distribution;
                      if (distribution?.rule === "team") distribution.teams.splice(index, 1);
                    })}>
                    {t("remove")}
                  </button>
                ) : null}
              </div>
              <FieldErrors id={`${id}-team-errors`} messages={teamErrors} />
              <div className="mt-2 space-y-2">
                <WeekdayPicker id={`${id}-days`} value={entry.weekdays} errors={errorsAt(`${path}.weekdays`)} onChange={(weekdays) => edit(index, { weekdays })} />
                <CycleFields id={`${id}-cycle`} weeksInCycle={entry.weeksInCycle} weekOfCycle={entry.weekOfCycle}
                  errors={errorsAt(`${path}.weekOfCycle`)} onChange={(cycle) => edit(index, cycle)} />
              </div>
            </li>
          );
        })}
      </ol>
      {!readOnly && unused.length > 0 ? (
        <button type="button" className={smallButton}
          onClick={() => change((rules) => {
            const distribution = rules.waves[waveIndex]?.distribution;
            if (distribution?.rule !== "team") return;
            distribution.teams.push({ teamId: (unused[0] as { id: string }).id, weekdays: [workingWeekdays[0] ?? 1], weeksInCycle: 1, weekOfCycle: 1 });
          })}>
          {t("addTeam")}
        </button>
      ) : null}
    </div>
  );
}
