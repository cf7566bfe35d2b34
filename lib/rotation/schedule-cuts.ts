import { weekdayOf, type DayNumber } from "./calendar-days";
import type { Roster } from "./build-roster";
import { markDay, TIER_COUNT, type CompiledPlan } from "./compile-plan";
import { CutCircle } from "./cut-circle";
import type { Timelines } from "./employee-timeline";

/**
 * The capacity-cut rotation of one plan version, computed from the version's
 * effective date so that a day's answer never depends on the range asked for.
 *
 * Every ring (people of one group and one priority tier) sweeps a pointer
 * round a circle on which each member has a place (cut-circle.ts). On each
 * occurrence the ring's share of the cut is the next `cut` members after the
 * pointer, and the pointer moves to the last of them. The pointer is a place
 * on the circle, not a count of members, so people joining or leaving change
 * nobody else's turn. A newcomer takes their place in the stable hash order
 * and waits for the sweep to reach it, like everyone else: they neither jump
 * the queue nor are cut again and again to catch up. Someone moving from one
 * ring to another (a new-hire period ending, a dated move) keeps how far the
 * sweep had to go to reach them, so people who move together keep their
 * order of turns. Between two passes over one person the sweep passes
 * everyone who was in the ring all along exactly once: over any period, two
 * people who were equals throughout were cut within one of each other.
 *
 * The rotation is "nominal": it counts everyone whose day it is, as if every
 * working day were open and nobody opted out (a group's weekday the office
 * does not work on takes no turns). So an opt-out never moves anyone's
 * future turn (staying home carries no penalty and no advantage, and reveals
 * nothing to others), and adding a closure does not reshuffle the weeks after
 * it. Only the plan, the roster and the capacity decide the turns; the cost
 * is counting per ring per day plus a binary search per ring cut, driven by
 * the few days a person's place changes (see employee-timeline.ts).
 */
export interface CutSchedule {
  firstDay: DayNumber;
  ringCount: number;
  /** Per (day - firstDay) * ringCount + ring: members whose day it is. */
  size: Int32Array;
  /** How many of them the nominal cut takes. */
  cut: Int32Array;
  /** How far round the circle (in members, from place 0) the cut starts. */
  start: Int32Array;
  /** Keys (place, rank) of the first and the last member the cut takes. */
  startPlace: Float64Array;
  startRank: Int32Array;
  endPlace: Float64Array;
  endRank: Int32Array;
  /** Each timeline segment's place on the circle (segments starting by the last day). */
  place: Float64Array;
}

// When a whole ring is cut, everyone's count goes up by one and the rotation
// stays where it is. Seats freed by opt-outs on such days go to the people at
// the end of the order, which starts at a second pointer that moves by the
// golden ratio of the ring each time, so they go to different people.
const GOLDEN = 0.6180339887498949;

export function scheduleCuts(
  plan: CompiledPlan,
  roster: Roster,
  timelines: Timelines,
  capacity: number,
  /** Bit w set when the office works on weekday w: only those days take turns. */
  workingMask: number,
  recordFrom: DayNumber,
  recordTo: DayNumber,
): CutSchedule {
  const ringCount = plan.ringCount;
  const first = plan.effectiveFromDay;
  const totalDays = recordTo - first + 1;
  const cells = (recordTo - recordFrom + 1) * ringCount;
  const schedule: CutSchedule = {
    firstDay: recordFrom,
    ringCount,
    size: new Int32Array(cells),
    cut: new Int32Array(cells),
    start: new Int32Array(cells),
    startPlace: new Float64Array(cells),
    startRank: new Int32Array(cells),
    endPlace: new Float64Array(cells),
    endRank: new Int32Array(cells),
    place: new Float64Array(timelines.state.length),
  };

  const circle = new CutCircle(roster.hash);
  const members = new Int32Array(ringCount);
  const { lists, events } = bucketEvents(roster, timelines, circle, ringCount, first, recordTo, members, schedule.place);
  // Each ring's pointer: the key of the last person cut (at first, the seed).
  const pointer = Float64Array.from(plan.ringSeed);
  const pointerRank = new Int32Array(ringCount).fill(-1);
  const spare = new Float64Array(ringCount);
  const deficit = new Float64Array(ringCount);
  const share = new Int32Array(ringCount);
  const waveStarted = new Uint8Array(plan.waves.length);
  const comboActive = new Uint8Array(plan.combos.length);
  const rings = new Int32Array(plan.combos.length);
  const { state } = timelines;

  for (let offset = 0; offset < totalDays; offset++) {
    const day = first + offset;
    for (let event = events.head[offset] as number; event >= 0; event = events.next[event] as number) {
      const change = events.change[event] as number;
      const rank = events.rank[event] as number;
      const from = state[change - 1] as number;
      const to = state[change] as number;
      if (from >= 0) {
        circle.remove(lists[from] as number[], rank);
        members[from] = (members[from] as number) - 1;
      }
      if (to >= 0) {
        if (from >= 0) circle.carry(rank, pointer[from] as number, pointerRank[from] as number, pointer[to] as number);
        circle.insert(lists[to] as number[], rank);
        members[to] = (members[to] as number) + 1;
      }
      schedule.place[change] = circle.place[rank] as number;
    }
    if ((workingMask & (1 << weekdayOf(day))) === 0) continue;
    markDay(plan, day, waveStarted, comboActive);
    const row = (day - recordFrom) * ringCount;
    const recording = day >= recordFrom;
    let left = capacity;

    for (let tier = 0; tier < TIER_COUNT; tier++) {
      let ringsInTier = 0;
      let demand = 0;
      for (let combo = 0; combo < plan.combos.length; combo++) {
        const ring = combo * TIER_COUNT + tier;
        if (comboActive[combo] === 1 && (members[ring] as number) > 0) {
          rings[ringsInTier++] = ring;
          demand += members[ring] as number;
        }
      }
      if (demand === 0) continue;
      const tierCut = Math.max(0, demand - Math.max(0, left));
      left -= demand;
      shareCut(rings, ringsInTier, members, tierCut, demand, deficit, share);

      for (let index = 0; index < ringsInTier; index++) {
        const ring = rings[index] as number;
        const ringSize = members[ring] as number;
        const ringCut = share[ring] as number;
        if (ringCut === 0 && !recording) continue;
        const list = lists[ring] as number[];
        const whole = ringCut === ringSize;
        const at = (circle.firstAfter(list, pointer[ring] as number, pointerRank[ring] as number) + (whole ? (spare[ring] as number) : 0)) % ringSize;
        const last = list[(at + Math.max(ringCut, 1) - 1) % ringSize] as number;
        if (recording) {
          const leader = list[at] as number;
          schedule.size[row + ring] = ringSize;
          schedule.cut[row + ring] = ringCut;
          schedule.start[row + ring] = at;
          schedule.startPlace[row + ring] = circle.place[leader] as number;
          schedule.startRank[row + ring] = leader;
          schedule.endPlace[row + ring] = circle.place[last] as number;
          schedule.endRank[row + ring] = last;
        }
        if (whole) spare[ring] = (spare[ring] as number) + Math.max(1, Math.floor(ringSize * GOLDEN));
        else if (ringCut > 0) {
          pointer[ring] = circle.place[last] as number;
          pointerRank[ring] = last;
        }
      }
    }
  }
  return schedule;
}

/**
 * Splits a tier's cut between the rings present that day in proportion to
 * their size. Each ring carries the rounding it was owed (or got in excess)
 * to its next occurrence, so over time every ring is cut its fair share and
 * people in small groups are not always spared by rounding.
 */
function shareCut(
  rings: Int32Array,
  ringsInTier: number,
  members: Int32Array,
  tierCut: number,
  demand: number,
  deficit: Float64Array,
  share: Int32Array,
): void {
  if (tierCut === 0 || tierCut === demand) {
    for (let index = 0; index < ringsInTier; index++) {
      const ring = rings[index] as number;
      share[ring] = tierCut === 0 ? 0 : (members[ring] as number);
    }
    return;
  }
  let assigned = 0;
  for (let index = 0; index < ringsInTier; index++) {
    const ring = rings[index] as number;
    const ringSize = members[ring] as number;
    const quota = (tierCut * ringSize) / demand + (deficit[ring] as number);
    deficit[ring] = quota;
    const whole = Math.min(ringSize, Math.max(0, Math.floor(quota)));
    share[ring] = whole;
    assigned += whole;
  }
  // Hand out (or take back) the remainder by largest (smallest) owed fraction.
  while (assigned !== tierCut) {
    const adding = assigned < tierCut;
    let best = -1;
    let bestOwed = 0;
    for (let index = 0; index < ringsInTier; index++) {
      const ring = rings[index] as number;
      const current = share[ring] as number;
      if (adding ? current >= (members[ring] as number) : current <= 0) continue;
      const owed = (deficit[ring] as number) - current;
      if (best < 0 || (adding ? owed > bestOwed : owed < bestOwed)) {
        best = ring;
        bestOwed = owed;
      }
    }
    share[best] = (share[best] as number) + (adding ? 1 : -1);
    assigned += adding ? 1 : -1;
  }
  for (let index = 0; index < ringsInTier; index++) {
    const ring = rings[index] as number;
    deficit[ring] = (deficit[ring] as number) - (share[ring] as number);
  }
}

interface Events {
  head: Int32Array;
  next: Int32Array;
  rank: Int32Array;
  /** The timeline segment the person enters. */
  change: Int32Array;
}

/**
 * Fills `members` with ring sizes on `first`, `place` with the initial
 * segments' places, and returns each ring's members (sorted by key) that
 * day and, per later day up to `last`, who changes ring (linked lists per
 * day, no per-day allocation).
 */
function bucketEvents(
  roster: Roster,
  timelines: Timelines,
  circle: CutCircle,
  ringCount: number,
  first: DayNumber,
  last: DayNumber,
  members: Int32Array,
  place: Float64Array,
): { lists: number[][]; events: Events } {
  const lists = Array.from({ length: ringCount }, (): number[] => []);
  const totalDays = last - first + 1;
  const head = new Int32Array(totalDays).fill(-1);
  const capacity = timelines.state.length;
  const next = new Int32Array(capacity);
  const who = new Int32Array(capacity);
  const change = new Int32Array(capacity);
  let count = 0;
  for (let rank = 0; rank < roster.size; rank++) {
    if (roster.active[rank] === 0) continue;
    const begin = timelines.offset[rank] as number;
    const end = timelines.offset[rank + 1] as number;
    let segment = begin;
    while (segment + 1 < end && (timelines.day[segment + 1] as number) <= first) segment++;
    const initial = timelines.state[segment] as number;
    place[segment] = circle.place[rank] as number;
    if (initial >= 0) {
      members[initial] = (members[initial] as number) + 1;
      // Ranks ascending are hashes, so places, ascending: the lists come out sorted.
      (lists[initial] as number[]).push(rank);
    }
    for (let later = segment + 1; later < end; later++) {
      const day = timelines.day[later] as number;
      if (day > last) break;
      const offset = day - first;
      who[count] = rank;
      change[count] = later;
      next[count] = head[offset] as number;
      head[offset] = count;
      count++;
    }
  }
  return { lists, events: { head, next, rank: who, change } };
}
