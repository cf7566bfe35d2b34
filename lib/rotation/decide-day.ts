import { modulo, type DayNumber } from "./calendar-days";
import type { Roster } from "./build-roster";
import { markDay, TIER_COUNT, type CompiledCombo, type CompiledPlan } from "./compile-plan";
import { LEFT, NO_WAVE, NOT_STARTED, type Timelines } from "./employee-timeline";
import { Code, CODE_BITS, CODE_MASK } from "./rotation-result";
import { keyBefore } from "./cut-circle";
import type { CutSchedule } from "./schedule-cuts";

/**
 * Working memory for deciding the open days of one plan version, allocated
 * once per version rather than per day.
 */
export interface DayDesk {
  plan: CompiledPlan;
  roster: Roster;
  timelines: Timelines;
  schedule: CutSchedule;
  capacity: number;
  /** Current timeline segment per rank; days are decided in ascending order. */
  cursor: Int32Array;
  /** Each assigned person's place on their ring's circle that day. */
  place: Float64Array;
  optedOut: Uint8Array;
  ringMembers: Int32Array;
  waveStarted: Uint8Array;
  comboActive: Uint8Array;
  /** Per combo, the day's decision for its members (Code.assigned if it comes in). */
  comboCode: Int32Array;
  windowRank: Int32Array;
  windowKey: Float64Array;
  windowTier: Int8Array;
}

/** Added to a tier in windowTier for someone due but at home. */
const AT_HOME = TIER_COUNT;

export interface DayTotals {
  expected: number;
  optedOut: number;
  cut: number;
}

export function openDesk(plan: CompiledPlan, roster: Roster, timelines: Timelines, schedule: CutSchedule, capacity: number): DayDesk {
  const size = roster.size;
  return {
    plan,
    roster,
    timelines,
    schedule,
    capacity,
    cursor: timelines.offset.slice(0, size),
    place: new Float64Array(size),
    optedOut: new Uint8Array(size),
    ringMembers: new Int32Array(plan.ringCount),
    waveStarted: new Uint8Array(plan.waves.length),
    comboActive: new Uint8Array(plan.combos.length),
    comboCode: new Int32Array(plan.combos.length),
    windowRank: new Int32Array(size),
    windowKey: new Float64Array(size),
    windowTier: new Int8Array(size),
  };
}

/**
 * Decides one open day into `cells` (one per rank). `desk.optedOut` must
 * mark the people who stay home that day.
 */
export function decideDay(desk: DayDesk, day: DayNumber, cells: Int32Array): DayTotals {
  const { plan, roster, timelines, schedule, cursor, place, optedOut, ringMembers, waveStarted, comboActive, comboCode } = desk;
  markDay(plan, day, waveStarted, comboActive);
  for (let combo = 0; combo < plan.combos.length; combo++) {
    const { wave, group } = plan.combos[combo] as CompiledCombo;
    comboCode[combo] =
      waveStarted[wave] === 0 ? Code.beforeWave : group < 0 ? Code.noGroup : comboActive[combo] === 0 ? Code.notTheirDay : Code.assigned;
  }
  ringMembers.fill(0);
  const candidates = new Array<number>(TIER_COUNT).fill(0);
  let optedOutCount = 0;
  const segmentDay = timelines.day;
  const segmentState = timelines.state;
  const segmentOffset = timelines.offset;
  const active = roster.active;

  for (let rank = 0; rank < roster.size; rank++) {
    if (active[rank] === 0) {
      cells[rank] = Code.inactive;
      continue;
    }
    let segment = cursor[rank] as number;
    const end = segmentOffset[rank + 1] as number;
    while (segment + 1 < end && (segmentDay[segment + 1] as number) <= day) segment++;
    cursor[rank] = segment;
    const state = segmentState[segment] as number;
    if (state === NOT_STARTED) {
      cells[rank] = Code.notStarted;
    } else if (state === LEFT) {
      cells[rank] = Code.inactive;
    } else if (state === NO_WAVE) {
      cells[rank] = Code.noWave;
    } else {
      const code = comboCode[(state / TIER_COUNT) | 0] as number;
      if (code !== Code.assigned) {
        cells[rank] = code | (state << CODE_BITS);
        continue;
      }
      place[rank] = schedule.place[segment] as number;
      ringMembers[state] = (ringMembers[state] as number) + 1;
      if (optedOut[rank] === 1) {
        cells[rank] = Code.optedOut | (state << CODE_BITS);
        optedOutCount++;
      } else {
        cells[rank] = Code.assigned | (state << CODE_BITS);
        candidates[state % TIER_COUNT] = (candidates[state % TIER_COUNT] as number) + 1;
      }
    }
  }

  // The cut schedule counted the same rings from the timelines alone; if the
  // two ever disagreed, cuts would silently stop being fair.
  const row = (day - schedule.firstDay) * schedule.ringCount;
  for (let ring = 0; ring < plan.ringCount; ring++) {
    if (ringMembers[ring] !== schedule.size[row + ring]) {
      throw new Error(`Rotation engine bug: ring ${ring} has ${ringMembers[ring]} members, the cut schedule ${schedule.size[row + ring]}`);
    }
  }

  const cut = applyCapacity(desk, day, cells, candidates, row);
  const present = candidates.reduce((sum, count) => sum + count, 0);
  return { expected: present - cut, optedOut: optedOutCount, cut };
}

/**
 * Keeps the day within capacity: tiers in priority order take the seats;
 * in a tier that does not fit, the people cut are taken from each ring's
 * turn in the rotation. Opt-outs have already freed their seats, so fewer
 * may need cutting than the rotation planned; those spared are the ones
 * whose turn came last (furthest into their ring's cut), spread evenly
 * over the rings.
 */
function applyCapacity(desk: DayDesk, day: DayNumber, cells: Int32Array, candidates: number[], row: number): number {
  const tierCut = new Array<number>(TIER_COUNT).fill(0);
  let left = desk.capacity;
  let anyCut = false;
  for (let tier = 0; tier < TIER_COUNT; tier++) {
    const wanting = candidates[tier] as number;
    if (wanting <= left) {
      left -= wanting;
    } else {
      tierCut[tier] = wanting - left;
      left = 0;
      anyCut = true;
    }
  }
  if (!anyCut) return 0;

  const { schedule, place, windowRank, windowKey, windowTier } = desk;
  const inWindow = new Array<number>(TIER_COUNT).fill(0);
  let windowCount = 0;
  for (let rank = 0; rank < cells.length; rank++) {
    const cell = cells[rank] as number;
    const code = cell & CODE_MASK;
    // People at home keep their turn in the numbering but are not cut.
    if (code !== Code.assigned && code !== Code.optedOut) continue;
    const ring = cell >> CODE_BITS;
    const tier = ring % TIER_COUNT;
    if (tierCut[tier] === 0) continue;
    const at = row + ring;
    if (schedule.cut[at] === 0) continue;
    // Due when the key lies in the cut's arc of the circle, first to last.
    const x = place[rank] as number;
    const startPlace = schedule.startPlace[at] as number;
    const startRank = schedule.startRank[at] as number;
    const endPlace = schedule.endPlace[at] as number;
    const endRank = schedule.endRank[at] as number;
    const fromStart = !keyBefore(x, rank, startPlace, startRank);
    const toEnd = !keyBefore(endPlace, endRank, x, rank);
    const wraps = keyBefore(endPlace, endRank, startPlace, startRank);
    if (wraps ? !(fromStart || toEnd) : !(fromStart && toEnd)) continue;
    windowRank[windowCount] = rank;
    // For now, which lap of the arc: past the circle's end or not.
    windowKey[windowCount] = fromStart ? 0 : 1;
    windowTier[windowCount] = code === Code.assigned ? tier : tier + AT_HOME;
    windowCount++;
    if (code === Code.assigned) inWindow[tier] = (inWindow[tier] as number) + 1;
  }

  let total = 0;
  for (let tier = 0; tier < TIER_COUNT; tier++) {
    const toCut = tierCut[tier] as number;
    if (toCut === 0) continue;
    if (toCut > (inWindow[tier] as number)) {
      throw new Error(`Rotation engine bug: tier ${tier} must cut ${toCut} but only ${inWindow[tier]} are due`);
    }
    total += toCut;
    if (toCut === inWindow[tier]) {
      for (let index = 0; index < windowCount; index++) {
        if (windowTier[index] === tier) cutCell(cells, windowRank[index] as number);
      }
      continue;
    }
    numberTurns(desk, cells, row, tier, windowCount);
    const due: number[] = [];
    for (let index = 0; index < windowCount; index++) if (windowTier[index] === tier) due.push(index);
    const ringCount = desk.plan.ringCount;
    // Earliest turns are cut first; equal turns in different rings take
    // the lead in a different order each day.
    due.sort((a, b) => {
      const byTurn = (windowKey[a] as number) - (windowKey[b] as number);
      if (byTurn !== 0) return byTurn;
      const rankA = windowRank[a] as number;
      const rankB = windowRank[b] as number;
      const ringA = ((cells[rankA] as number) >> CODE_BITS) + day;
      const ringB = ((cells[rankB] as number) >> CODE_BITS) + day;
      return modulo(ringA, ringCount) - modulo(ringB, ringCount) || rankA - rankB;
    });
    for (let index = 0; index < toCut; index++) cutCell(cells, windowRank[due[index] as number] as number);
  }
  return total;
}

/**
 * Replaces the lap (in windowKey) of everyone due in `tier`, at home or not,
 * with their turn in their ring's cut as a fraction of it
 * ((turn + 0.5) / cut), so that the turns of rings of different sizes
 * interleave evenly.
 */
function numberTurns(desk: DayDesk, cells: Int32Array, row: number, tier: number, windowCount: number): void {
  const { place, windowRank, windowKey, windowTier, schedule } = desk;
  const order: number[] = [];
  for (let index = 0; index < windowCount; index++) {
    if (windowTier[index] !== tier && windowTier[index] !== tier + AT_HOME) continue;
    order.push(index);
    // Ring, then lap, then place, packed exactly into one number (places are
    // below 2^32 in halves); the rank breaks ties.
    const ring = (cells[windowRank[index] as number] as number) >> CODE_BITS;
    windowKey[index] = (ring * 2 + (windowKey[index] as number)) * 2 ** 34 + (place[windowRank[index] as number] as number) * 2;
  }
  order.sort((a, b) => (windowKey[a] as number) - (windowKey[b] as number) || (windowRank[a] as number) - (windowRank[b] as number));
  let turn = 0;
  let previousRing = -1;
  for (const index of order) {
    const ring = (cells[windowRank[index] as number] as number) >> CODE_BITS;
    turn = ring === previousRing ? turn + 1 : 0;
    previousRing = ring;
    windowKey[index] = (turn + 0.5) / (schedule.cut[row + ring] as number);
  }
}

function cutCell(cells: Int32Array, rank: number): void {
  cells[rank] = ((cells[rank] as number) & ~CODE_MASK) | Code.capacityCut;
}
