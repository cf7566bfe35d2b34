import type { Roster } from "./build-roster";
import { TIER_COUNT, type CompiledPlan, type CompiledWave } from "./compile-plan";

/**
 * Under one plan version, a person's place (wave, group and priority tier)
 * changes only on a few days: their start date, the ends of new-hire
 * periods, dated moves between teams or surnames, the day after they
 * leave, and the days they are away from the office and come back. A timeline lists those segments, so neither the day loop nor the
 * cut rotation has to re-evaluate the rules for everyone every day.
 *
 * A state is a ring (combo * TIER_COUNT + tier) or one of the codes below.
 */
export const NOT_STARTED = -2;
export const NO_WAVE = -1;
/** After their end date: no longer in the office. */
export const LEFT = -3;

export interface Timelines {
  /** Segments of rank r are offset[r] .. offset[r + 1] - 1. */
  offset: Int32Array;
  /** First day of each segment; the first segment starts at -Infinity. */
  day: Float64Array;
  state: Int32Array;
}

export function buildTimelines(plan: CompiledPlan, roster: Roster): Timelines {
  const { places } = roster;
  const maxSegments = roster.size * (4 + plan.waves.length) + places.until.length;
  const offset = new Int32Array(roster.size + 1);
  const day = new Float64Array(maxSegments);
  const state = new Int32Array(maxSegments);
  const boundaries: number[] = [];
  let count = 0;

  for (let rank = 0; rank < roster.size; rank++) {
    offset[rank] = count;
    day[count] = Number.NEGATIVE_INFINITY;
    state[count] = NOT_STARTED;
    count++;
    if (roster.active[rank] === 0) continue;

    const start = roster.startDay[rank] as number;
    const end = roster.endDay[rank] as number;
    const firstPlace = places.offset[rank] as number;
    const lastPlace = places.offset[rank + 1] as number;
    boundaries.length = 0;
    boundaries.push(start);
    for (const wave of plan.waves) if (wave.newHireDays > 0) boundaries.push(start + wave.newHireDays);
    if (plan.newHireTier >= 0) boundaries.push(start + plan.newHireDays);
    for (let place = firstPlace; place < lastPlace; place++) {
      if ((places.until[place] as number) > start) boundaries.push(places.until[place] as number);
    }
    if (end < Number.POSITIVE_INFINITY) boundaries.push(end + 1);
    boundaries.sort((a, b) => a - b);

    let place = firstPlace;
    for (const boundary of boundaries) {
      while (place < lastPlace && (places.until[place] as number) <= boundary) place++;
      const team = place < lastPlace ? (places.team[place] as number) : (roster.team[rank] as number);
      const letter = place < lastPlace ? (places.letter[place] as number) : (roster.letter[rank] as number);
      const away = place < lastPlace && places.away[place] === 1;
      const ring = boundary > end || away ? LEFT : stateAt(plan, roster, team, letter, boundary - start);
      if (state[count - 1] === ring) continue;
      if (day[count - 1] === boundary) {
        state[count - 1] = ring;
        continue;
      }
      day[count] = boundary;
      state[count] = ring;
      count++;
    }
  }
  offset[roster.size] = count;
  return { offset, day, state };
}

/** The first tier in priority order that applies, not counting new-hire status. */
function staticTier(plan: CompiledPlan, essential: boolean, hardHit: boolean): number {
  for (let tier = 0; tier < plan.tierClasses.length; tier++) {
    const priorityClass = plan.tierClasses[tier];
    if (priorityClass === "others") return tier;
    if (priorityClass === "hard-hit" && hardHit) return tier;
    if (priorityClass === "essential" && essential) return tier;
  }
  return TIER_COUNT - 1;
}

/** State, in team `team` with surname letter `letter`, on the day that is `daysIn` days after the start date (0 = start day). */
function stateAt(plan: CompiledPlan, roster: Roster, team: number, letter: number, daysIn: number): number {
  const essential = team >= 0 && roster.teams.essential[team] === 1;
  const hardHit = team >= 0 && roster.teams.hardHit[team] === 1;
  let wave: CompiledWave | undefined;
  for (const candidate of plan.waves) {
    if (
      candidate.everyone ||
      (candidate.essential && essential) ||
      (candidate.hardHit && hardHit) ||
      (team >= 0 && candidate.teams.has(team)) ||
      daysIn < candidate.newHireDays
    ) {
      wave = candidate;
      break;
    }
  }
  if (!wave) return NO_WAVE;
  const key = wave.rule === "surname" ? letter : team;
  const combo = key >= 0 ? (wave.comboOf[key] as number) : wave.noneCombo;
  const tier = staticTier(plan, essential, hardHit);
  const newHire = daysIn < plan.newHireDays && plan.newHireTier >= 0 && plan.newHireTier < tier;
  return combo * TIER_COUNT + (newHire ? plan.newHireTier : tier);
}
