import { formatDay, mondayOf, modulo, parseDay, weekdayOf, type DayNumber, type Weekday } from "./calendar-days";
import type { Roster } from "./build-roster";
import { alphabetFor, type RotationLocale } from "./locale-alphabet";
import type { SlotRule, WaveName } from "./reasons";
import { labelSurnameGroup, PRIORITY_CLASSES, type PriorityClass, type RotationRules } from "./rules-schema";
import { hashString } from "./stable-hash";

/**
 * One plan version turned into lookup tables. A "combo" is one wave's group
 * (a letter range or a team's days), plus one "no day" combo per wave for
 * people its rule cannot place. A "ring" is a combo and a priority tier:
 * the people who come together and are equal when seats run out.
 */
export const TIER_COUNT = PRIORITY_CLASSES.length;

export interface CompiledCombo {
  wave: number;
  rule: SlotRule;
  /** -1 for the wave's "no day" combo. */
  group: number;
  label: string;
  weekdays: Weekday[];
  weekdayMask: number;
  weeksInCycle: number;
  weekOfCycle: number;
}

export interface CompiledWave {
  /** One object per wave, shared by every reason that names it. */
  name: WaveName;
  fromDay: DayNumber;
  from: string;
  everyone: boolean;
  essential: boolean;
  hardHit: boolean;
  teams: ReadonlySet<number>;
  /** Longest new-hire period that selects people into this wave; 0 for none. */
  newHireDays: number;
  /** Combo per alphabet position (surname) or team index (team). */
  comboOf: Int32Array;
  rule: SlotRule;
  noneCombo: number;
}

export interface CompiledPlan {
  id: string;
  effectiveFromDay: DayNumber;
  cycleMonday: DayNumber;
  waves: CompiledWave[];
  combos: CompiledCombo[];
  tierClasses: readonly PriorityClass[];
  newHireTier: number;
  newHireDays: number;
  ringCount: number;
  /** Where each ring's cut rotation starts, so rings don't all cut the same ranks first. */
  ringSeed: Float64Array;
}

export interface PlanVersionSource {
  id: string;
  effectiveFrom: string;
  rules: RotationRules;
}

export function compilePlan(version: PlanVersionSource, roster: Roster, locale: RotationLocale): CompiledPlan {
  const rules = version.rules;
  const effectiveFromDay = parseDay(version.effectiveFrom, `effectiveFrom of plan version ${version.id}`);
  const anchor = rules.cycleAnchor ? parseDay(rules.cycleAnchor, "cycleAnchor") : effectiveFromDay;
  const combos: CompiledCombo[] = [];
  const alphabetSize = alphabetFor(locale).length;

  const waves = rules.waves.map((wave, waveIndex): CompiledWave => {
    const distribution = wave.distribution;
    const slots =
      distribution.rule === "surname"
        ? distribution.groups.map((group) => ({ ...group, label: labelSurnameGroup(group) }))
        : distribution.teams.map((team) => ({ ...team, label: teamName(roster, team.teamId) }));
    const firstCombo = combos.length;
    slots.forEach((slot, group) => {
      combos.push({
        wave: waveIndex,
        rule: distribution.rule,
        group,
        label: slot.label,
        weekdays: [...slot.weekdays].sort((a, b) => a - b),
        weekdayMask: slot.weekdays.reduce((mask, weekday) => mask | (1 << weekday), 0),
        weeksInCycle: slot.weeksInCycle,
        weekOfCycle: slot.weekOfCycle,
      });
    });
    const noneCombo = combos.length;
    combos.push({
      wave: waveIndex,
      rule: distribution.rule,
      group: -1,
      label: "",
      weekdays: [],
      weekdayMask: 0,
      weeksInCycle: 1,
      weekOfCycle: 1,
    });

    let comboOf: Int32Array;
    if (distribution.rule === "surname") {
      comboOf = new Int32Array(alphabetSize).fill(noneCombo);
      const alphabet = alphabetFor(locale);
      // In a plan with overlapping groups the first group wins; validation
      // stops such plans from being saved.
      for (let group = distribution.groups.length - 1; group >= 0; group--) {
        const { from, to } = distribution.groups[group] as { from: string; to: string };
        const start = alphabet.indexOf(from);
        const end = alphabet.indexOf(to);
        if (start < 0 || end < 0) continue;
        for (let letter = start; letter <= end; letter++) comboOf[letter] = firstCombo + group;
      }
    } else {
      comboOf = new Int32Array(roster.teams.ids.length).fill(noneCombo);
      distribution.teams.forEach((team, group) => {
        const index = roster.teams.indexOf.get(team.teamId);
        if (index !== undefined && comboOf[index] === noneCombo) comboOf[index] = firstCombo + group;
      });
    }

    const teams = new Set<number>();
    let everyone = false;
    let essential = false;
    let hardHit = false;
    let newHireDays = 0;
    for (const selector of wave.selectors) {
      if (selector.kind === "everyone") everyone = true;
      else if (selector.kind === "essential-teams") essential = true;
      else if (selector.kind === "hard-hit-teams") hardHit = true;
      else if (selector.kind === "new-hires") newHireDays = Math.max(newHireDays, selector.withinDays);
      else {
        for (const teamId of selector.teamIds) {
          const index = roster.teams.indexOf.get(teamId);
          if (index !== undefined) teams.add(index);
        }
      }
    }
    const fromDay = wave.from ? parseDay(wave.from, `from of wave ${waveIndex + 1}`) : Number.NEGATIVE_INFINITY;
    return {
      name: { name: wave.name ?? null, selectors: wave.selectors.map((selector) => selector.kind) },
      fromDay,
      from: wave.from ?? formatDay(effectiveFromDay),
      everyone,
      essential,
      hardHit,
      teams,
      newHireDays,
      comboOf,
      rule: distribution.rule,
      noneCombo,
    };
  });

  const tierClasses = rules.priority.order;
  const ringCount = combos.length * TIER_COUNT;
  const ringSeed = new Float64Array(ringCount);
  for (let ring = 0; ring < ringCount; ring++) ringSeed[ring] = hashString(`${version.id}#${ring}`);

  return {
    id: version.id,
    effectiveFromDay,
    cycleMonday: mondayOf(anchor),
    waves,
    combos,
    tierClasses,
    newHireTier: tierClasses.indexOf("new-hires"),
    newHireDays: rules.priority.newHireWithinDays,
    ringCount,
    ringSeed,
  };
}

function teamName(roster: Roster, teamId: string): string {
  const index = roster.teams.indexOf.get(teamId);
  return index === undefined ? teamId : (roster.teams.names[index] ?? teamId);
}

/** Which waves have started and which combos come in on `day`. */
export function markDay(plan: CompiledPlan, day: DayNumber, waveStarted: Uint8Array, comboActive: Uint8Array): void {
  const weekdayBit = 1 << weekdayOf(day);
  const week = Math.floor((day - plan.cycleMonday) / 7);
  for (let wave = 0; wave < plan.waves.length; wave++) {
    waveStarted[wave] = (plan.waves[wave] as CompiledWave).fromDay <= day ? 1 : 0;
  }
  for (let index = 0; index < plan.combos.length; index++) {
    const combo = plan.combos[index] as CompiledCombo;
    comboActive[index] =
      waveStarted[combo.wave] === 1 &&
      (combo.weekdayMask & weekdayBit) !== 0 &&
      modulo(week, combo.weeksInCycle) + 1 === combo.weekOfCycle
        ? 1
        : 0;
  }
}
