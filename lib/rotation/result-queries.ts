import { parseDay } from "./calendar-days";
import { TIER_COUNT, type CompiledCombo, type CompiledPlan, type CompiledWave } from "./compile-plan";
import type { Assignment, DayLoad, EmployeeDay, RotationDay, Seat, SeatDecision } from "./engine-types";
import { RotationInputError } from "./errors";
import type { AssignmentReason } from "./reasons";
import { Code, CODE_BITS, CODE_MASK, type RotationResult } from "./rotation-result";
import type { PriorityClass } from "./rules-schema";

/**
 * How full each day is, as the engine counts it. Counts of choices in a
 * small group can single someone out: show them to people only through
 * lib/privacy/small-groups.ts.
 */
export function dayLoads(result: RotationResult): DayLoad[] {
  return result.days.map(({ date, status, capacity, expected, freeSeats }) => ({ date, status, capacity, expected, freeSeats }));
}

/**
 * How many of the result's people are in the office on each day of the
 * range (active, not yet gone, not away): the group a day's totals are
 * counted over. Those not placed that day are its "not planned" people.
 */
export function peopleByDay(result: RotationResult): Int32Array {
  const { grid } = result;
  const days = result.days.length;
  const last = grid.firstDay + days - 1;
  // Each person's days in the office as intervals, summed with a difference array.
  const change = new Int32Array(days + 1);
  const add = (from: number, to: number) => {
    const [a, b] = [Math.max(from, grid.firstDay) - grid.firstDay, Math.min(to, last) - grid.firstDay];
    if (a > b) return;
    change[a] = (change[a] as number) + 1;
    change[b + 1] = (change[b + 1] as number) - 1;
  };
  const { offset, until, away } = grid.places;
  for (let rank = 0; rank < grid.active.length; rank++) {
    if (grid.active[rank] === 0) continue;
    const end = grid.endDay[rank] as number;
    let from = Number.NEGATIVE_INFINITY;
    for (let place = offset[rank] as number; place < (offset[rank + 1] as number); place++) {
      if (away[place] === 0) add(from, Math.min((until[place] as number) - 1, end));
      from = until[place] as number;
    }
    add(from, end);
  }
  const people = new Int32Array(days);
  let running = 0;
  for (let day = 0; day < days; day++) people[day] = running += change[day] as number;
  return people;
}

/** One person's days in the range, each with its reason and seat. */
export function scheduleFor(result: RotationResult, employeeId: string): EmployeeDay[] {
  const rank = rankOf(result, employeeId);
  return result.days.map((day, index) => ({ date: day.date, ...decide(result, index, rank, employeeId) }));
}

/** Everyone's decision on one day of the range. */
export function assignmentsOn(result: RotationResult, date: string): Assignment[] {
  const index = dayIndex(result, date);
  return result.employeeIds.map((employeeId, rank) => ({ employeeId, ...decide(result, index, rank, employeeId) }));
}

/** One person's decision on one day. */
export function assignmentOf(result: RotationResult, date: string, employeeId: string): Assignment {
  return { employeeId, ...decide(result, dayIndex(result, date), rankOf(result, employeeId), employeeId) };
}

/** What became of a person's extra-day or return request on a day, if they made one. */
export function seatRequestOf(result: RotationResult, date: string, employeeId: string): SeatDecision | null {
  return result.grid.seatIndex.get(`${employeeId}|${date}`) ?? null;
}

/** Ids of the people expected on a day, extra days and returns included (for HR views and calendar feeds). */
export function expectedOn(result: RotationResult, date: string): string[] {
  const index = dayIndex(result, date);
  const expected: string[] = [];
  for (let rank = 0; rank < result.employeeIds.length; rank++) {
    if (plannedAndComing(result, index, rank)) expected.push(result.employeeIds[rank] as string);
  }
  for (const decision of result.seats) {
    if (decision.date === date && decision.status === "confirmed") expected.push(decision.employeeId);
  }
  return expected;
}

/**
 * For a few people, the days of the range each is expected (as expectedOn
 * counts them): per day, how many of them, and the first `limit` of their
 * ids in the order of `employeeIds` (views that show a few names and "and
 * N more" allocate no more). Costs days x people asked, not days x
 * everyone, for views that follow some people (who's in). Ids not in the
 * result are never expected.
 */
export function expectedDaysOf(result: RotationResult, employeeIds: readonly string[], limit = Infinity): { ids: string[]; count: number }[] {
  const ranks = employeeIds.map((id) => result.grid.rankOf.get(id) ?? -1);
  // Confirmed extra days and returns by day: few, so read once rather than per person and day.
  const seated = new Map<string, Set<string>>();
  for (const decision of result.seats) {
    if (decision.status !== "confirmed") continue;
    const day = seated.get(decision.date) ?? new Set<string>();
    seated.set(decision.date, day.add(decision.employeeId));
  }
  return result.days.map((day, index) => {
    const extra = seated.get(day.date);
    const ids: string[] = [];
    let count = 0;
    for (let at = 0; at < employeeIds.length; at++) {
      const rank = ranks[at] as number;
      const id = employeeIds[at] as string;
      if (!((rank >= 0 && plannedAndComing(result, index, rank)) || extra?.has(id) === true)) continue;
      count++;
      if (ids.length < limit) ids.push(id);
    }
    return { ids, count };
  });
}

/** The plan gives the person the day and they did not stay home (nor were cut): the engine's "assigned". */
function plannedAndComing(result: RotationResult, index: number, rank: number): boolean {
  const row = result.grid.rowOfDay[index] as number;
  return row >= 0 && ((result.grid.cells[row * result.employeeIds.length + rank] as number) & CODE_MASK) === Code.assigned;
}

function decide(result: RotationResult, index: number, rank: number, employeeId: string): { expected: boolean; reason: AssignmentReason; seat: Seat } {
  const request = result.grid.seatIndex.get(`${employeeId}|${(result.days[index] as RotationDay).date}`);
  const returned = request?.kind === "return" && request.status === "confirmed";
  const reason = explain(result, index, rank, returned);
  if (reason.kind === "assigned") return { expected: true, reason, seat: { kind: "planned" } };
  if (request?.status === "confirmed") return { expected: true, reason, seat: { kind: "extra" } };
  if (request?.status === "waitlisted") return { expected: false, reason, seat: { kind: "waitlisted", position: request.position ?? 0 } };
  return { expected: false, reason, seat: { kind: "none" } };
}

function rankOf(result: RotationResult, employeeId: string): number {
  const rank = result.grid.rankOf.get(employeeId);
  if (rank === undefined) throw new RotationInputError(`Employee ${employeeId} is not in this result`);
  return rank;
}

function dayIndex(result: RotationResult, date: string): number {
  const index = parseDay(date) - result.grid.firstDay;
  if (index < 0 || index >= result.days.length) {
    throw new RotationInputError(`${date} is outside ${result.from}..${result.to}`);
  }
  return index;
}

/** Not in the office on `day`: inactive, after leaving, or away (an earlier place). */
export function goneOn(grid: RotationResult["grid"], rank: number, day: number): boolean {
  if (grid.active[rank] === 0 || day > (grid.endDay[rank] as number)) return true;
  const { offset, until, away } = grid.places;
  for (let place = offset[rank] as number; place < (offset[rank + 1] as number); place++) {
    if ((until[place] as number) > day) return away[place] === 1;
  }
  return false;
}

/** The plan's reason; `returned`: they stayed home but took a seat back, so their own day stands. */
function explain(result: RotationResult, index: number, rank: number, returned = false): AssignmentReason {
  const { grid } = result;
  const day = result.days[index] as RotationDay;
  if (goneOn(grid, rank, grid.firstDay + index)) return { kind: "not-expected", reason: "inactive" };
  if (day.status === "non-working") return { kind: "not-expected", reason: "non-working-day", weekday: day.weekday };
  if (day.status === "closed") return { kind: "not-expected", reason: "closed", closure: day.closure ?? "" };
  const row = grid.rowOfDay[index] as number;
  const planIndex = grid.planOfDay[index] as number;
  if (row < 0 || planIndex < 0) return { kind: "not-expected", reason: "no-plan" };

  const plan = grid.plans[planIndex] as CompiledPlan;
  const cell = grid.cells[row * result.employeeIds.length + rank] as number;
  const ring = cell >> CODE_BITS;
  const combo = plan.combos[Math.floor(ring / TIER_COUNT)] as CompiledCombo;
  const wave = combo.wave + 1;
  const waveName = (plan.waves[combo.wave] as CompiledWave).name;
  switch (cell & CODE_MASK) {
    case Code.notStarted:
      return { kind: "not-expected", reason: "not-started", startDate: grid.startDates[rank] as string };
    case Code.noWave:
      return { kind: "not-expected", reason: "no-wave" };
    case Code.beforeWave:
      return { kind: "not-expected", reason: "before-wave", wave, waveName, from: plan.waves[combo.wave]?.from ?? "" };
    case Code.noGroup:
      return { kind: "not-expected", reason: "no-group", rule: combo.rule, wave, waveName };
    case Code.notTheirDay:
      return {
        kind: "not-expected",
        reason: "not-their-day",
        rule: combo.rule,
        group: combo.label,
        weekdays: [...combo.weekdays],
        weeksInCycle: combo.weeksInCycle,
        weekOfCycle: combo.weekOfCycle,
        wave,
        waveName,
      };
    case Code.optedOut:
      if (returned) return { kind: "assigned", rule: combo.rule, group: combo.label, weekday: day.weekday, wave, waveName };
      return { kind: "not-expected", reason: "opted-out" };
    case Code.capacityCut:
      return { kind: "not-expected", reason: "capacity-cut", ...describeTurn(result, index, planIndex, ring), rule: combo.rule, group: combo.label };
    case Code.assigned:
      return { kind: "assigned", rule: combo.rule, group: combo.label, weekday: day.weekday, wave, waveName };
    default:
      throw new Error(`Rotation engine bug: unknown decision code ${cell & CODE_MASK}`);
  }
}

/**
 * "Turn 3 of 7": the ring's cut moves through its members in turns of
 * `cut` people, so a full rotation takes ceil(size / cut) occurrences.
 */
function describeTurn(
  result: RotationResult,
  index: number,
  planIndex: number,
  ring: number,
): { priority: PriorityClass; rotation: number; of: number } {
  const plan = result.grid.plans[planIndex] as CompiledPlan;
  const schedule = result.grid.schedules[planIndex];
  const priority = plan.tierClasses[ring % TIER_COUNT] as PriorityClass;
  if (!schedule) return { priority, rotation: 1, of: 1 };
  const at = (result.grid.firstDay + index - schedule.firstDay) * schedule.ringCount + ring;
  const size = schedule.size[at] as number;
  const cut = schedule.cut[at] as number;
  if (cut <= 0 || cut >= size) return { priority, rotation: 1, of: 1 };
  const of = Math.ceil(size / cut);
  const rotation = Math.min(of, Math.floor((schedule.start[at] as number) / cut) + 1);
  return { priority, rotation, of };
}
